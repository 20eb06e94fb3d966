import { fillTerms, termsOf } from './codebook/event-terms'
import type { Event } from './schemas/event'

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * An event's name where space is short (a card among events): “Azerbaijan’s operation,
 * September 2023”, from the initiator, the action's short words and the month it began. A full
 * title cut at the card's edge reads as nothing. An event that names no initiator or action keeps
 * its title; a synthetic event keeps its mark.
 */
export function eventShortName(
  event: Pick<Event, 'title' | 'start' | 'initiator' | 'action' | 'synthetic'>,
): string {
  if (!event.initiator || !event.action) return event.title
  const what = event.action.short.replace(/^the /i, '')
  const month = monthFormat.format(new Date(`${event.start}T00:00:00Z`))
  const name = `${fillTerms('{initiator’s}', termsOf(event))} ${what}, ${month}`
  return event.synthetic ? `[Synthetic] ${name}` : name
}
