import { foldText } from '../../lib/engine/search'
import type { EventSummary } from '../../lib/statements/event-summaries'
import { allEvents } from '../../lib/url-state/filter-state'

/** One choice of the event picker: an event, or every event at once. */
export type EventOption = {
  value: string
  title: string
  start: string | null
  end: string | null
  actorCount: number
  statementCount: number
}

/** "All events" first, with the whole dataset's counts, then each event in date order. */
export function eventOptions(
  events: readonly EventSummary[],
  totals: { actors: number; statements: number },
): EventOption[] {
  return [
    {
      value: allEvents,
      title: 'All events',
      start: events[0]?.start ?? null,
      end: events.reduce<string | null>(
        (last, event) => (last && last > event.end ? last : event.end),
        null,
      ),
      actorCount: totals.actors,
      statementCount: totals.statements,
    },
    ...events.map((event) => ({ ...event, value: event.id })),
  ]
}

/** The options whose title holds every typed word, ignoring case and accents; "All events" stays. */
export function matchingOptions(options: readonly EventOption[], typed: string): EventOption[] {
  const words = foldText(typed).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...options]
  return options.filter(
    (option) =>
      option.value === allEvents || words.every((word) => foldText(option.title).includes(word)),
  )
}
