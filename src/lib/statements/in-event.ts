import type { Actor } from '../schemas/actor'
import type { Event } from '../schemas/event'
import type { Statement } from '../schemas/statement'
import { allEvents } from '../url-state/filter-state'

/**
 * The statements about the event in view, and the actors who made them: the choices a view of one
 * event offers (who to compare, which speaker or actor to filter by). Across events, or where no
 * event lists a source, every statement and actor.
 */
export function inEvent(
  actors: readonly Actor[],
  statements: readonly Statement[],
  events: readonly Pick<Event, 'id' | 'sourceIds'>[],
  eventId: string,
): { actors: readonly Actor[]; statements: readonly Statement[] } {
  const event = eventId === allEvents ? undefined : events.find(({ id }) => id === eventId)
  if (!event || events.length < 2) return { actors, statements }
  const sources = new Set(event.sourceIds)
  const own = statements.filter((statement) => sources.has(statement.sourceId))
  const speaking = new Set(own.map((statement) => statement.actorId))
  return { actors: actors.filter((actor) => speaking.has(actor.id)), statements: own }
}
