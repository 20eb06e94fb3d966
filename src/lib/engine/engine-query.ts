import { allEvents, type FilterState } from '../url-state/filter-state'
import type { EngineQuery } from './types'

/**
 * The engine's query for a view's filters. The view's one event becomes the engine's list of
 * events; `all`, or no event, leaves the filter off.
 */
export function engineQueryOf(filters: FilterState): EngineQuery {
  return {
    stance: filters.stance,
    kind: filters.kind,
    actor: filters.actor,
    'statement-stance': filters['statement-stance'],
    dimension: filters.dimension,
    channel: filters.channel,
    speaker: filters.speaker,
    event: filters.event === null || filters.event === allEvents ? [] : [filters.event],
    from: filters.from,
    to: filters.to,
    q: filters.q,
  }
}
