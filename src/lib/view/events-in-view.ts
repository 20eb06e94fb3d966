import type { Event } from '../schemas/event'
import { allEvents } from '../url-state/filter-state'

/** What a view needs to know of an event to find its statements: the sources it lists. */
type Listed = Pick<Event, 'id' | 'sourceIds'>

/** The events a view shows: the one in view (`event` is its id), or every one across events. */
export function eventsInView<E extends Listed>(events: readonly E[], event: string): readonly E[] {
  return event === allEvents ? events : events.filter((item) => item.id === event)
}

/** The event in view, or null across events (and while the events are not known). */
export function eventInView<E extends Listed>(events: readonly E[], event: string): E | null {
  return event === allEvents ? null : (events.find((item) => item.id === event) ?? null)
}

/**
 * The sources a view draws on: those its events list, so a caption or a citation of one event
 * never names another event's source. While no event is known, every source.
 */
export function sourcesInView<S extends { id: string }>(
  sources: readonly S[],
  events: readonly Listed[],
  event: string,
): S[] {
  const shown = eventsInView(events, event)
  if (shown.length === 0) return [...sources]
  const used = new Set(shown.flatMap((item) => item.sourceIds))
  return sources.filter((source) => used.has(source.id))
}

/**
 * The event a statement belongs to, found by its source: the event in view where it lists the
 * source, else the first event that does (a source two events share counts for the first, as the
 * event picker counts it); null where no event lists it.
 */
export function eventOfSourceIn<E extends Listed>(
  events: readonly E[],
  event: string,
): (sourceId: string) => E | null {
  const owner = new Map<string, E>()
  const inView = eventInView(events, event)
  for (const item of inView ? [inView, ...events] : events)
    for (const sourceId of item.sourceIds) if (!owner.has(sourceId)) owner.set(sourceId, item)
  return (sourceId) => owner.get(sourceId) ?? null
}
