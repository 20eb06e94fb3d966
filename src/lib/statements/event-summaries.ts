import type { Event } from '../schemas/event'
import type { Statement } from '../schemas/statement'

/** An event as a picker lists it: its dates and how many actors and statements it holds. */
export type EventSummary = {
  id: string
  title: string
  start: string
  end: string
  actorCount: number
  statementCount: number
}

/** The event each source belongs to: the first event that claims it. */
export function eventOfSource(events: readonly Pick<Event, 'id' | 'sourceIds'>[]) {
  const owner = new Map<string, string>()
  for (const event of events)
    for (const sourceId of event.sourceIds) if (!owner.has(sourceId)) owner.set(sourceId, event.id)
  return owner
}

/**
 * Every event with its counts, taken from the statements themselves (so they hold for any
 * dataset), sorted by start; events that start on the same day keep the data's order.
 */
export function summariseEvents(
  events: readonly Event[],
  statements: readonly Statement[],
): EventSummary[] {
  const owner = eventOfSource(events)
  const counts = new Map(events.map((event) => [event.id, { statements: 0, actors: new Set() }]))
  for (const statement of statements) {
    const counted = counts.get(owner.get(statement.sourceId) ?? '')
    if (!counted) continue
    counted.statements += 1
    counted.actors.add(statement.actorId)
  }
  return events
    .map((event) => ({
      id: event.id,
      title: event.title,
      start: event.start,
      end: event.end,
      actorCount: counts.get(event.id)?.actors.size ?? 0,
      statementCount: counts.get(event.id)?.statements ?? 0,
    }))
    .sort((a, b) => a.start.localeCompare(b.start))
}
