import { countOf, formatDay } from '../../lib/format'
import type { Event } from '../../lib/schemas/event'
import type { EventOption } from './event-options'

/** "19 September 2023 – 21 September 2023", or one day where the span is one. */
export function dateSpan(start: string, end: string): string {
  return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`
}

/**
 * What the reactions of one event are to, as the event records it: "Initiator: Azerbaijan",
 * "Action: the military operation in Karabakh", "Parties: Azerbaijan and Karabakh Armenians". An
 * event coded before these were recorded gives none, and nothing is guessed for it.
 */
export function eventFacts(
  event: Pick<Event, 'initiator' | 'action' | 'parties'>,
  actorName: (id: string) => string,
): string[] {
  const parties = (event.parties ?? []).map(actorName)
  return [
    ...(event.initiator ? [`Initiator: ${event.initiator.name}`] : []),
    ...(event.action ? [`Action: ${event.action.full}`] : []),
    ...(parties.length > 0
      ? [
          `Parties: ${parties.slice(0, -1).join(', ')}${parties.length > 1 ? ' and ' : ''}${parties.at(-1) ?? ''}`,
        ]
      : []),
  ]
}

/**
 * Every event at once, in words: "250 events, with 100,000 statements by 180 actors", from the
 * picker's "All events" option, whose span runs from the first start to the last end.
 */
export function allEventsLede(all: EventOption, eventCount: number): string {
  return `${countOf(eventCount, 'event')}, with ${countOf(all.statementCount, 'statement')} by ${countOf(all.actorCount, 'actor')}. The cards and charts below span them all.`
}
