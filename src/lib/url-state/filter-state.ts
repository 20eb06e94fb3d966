import { actorKinds, channels, dimensionIds, stanceIds } from '../vocabulary'
import {
  defaultsOf,
  isoDay,
  listParameter,
  matching,
  oneOf,
  oneParameter,
  textParameter,
  trimmedText,
  type StateOf,
} from './parameters'

const actorId = matching(/^[a-z][a-z-]*$/)
const eventId = matching(/^[\w-]{1,80}$/)

/** The `event` value that shows every event of the dataset. */
export const allEvents = 'all'
const dayReason = 'not a day such as 2023-09-20'

/**
 * Every filter of the dashboard, each parameter once: its type, its default, and why a bad value
 * is dropped. A link holds exactly these, so it reproduces the selection.
 */
export const filterParameters = {
  /**
   * The event: its id, or `all` for every event. Left out, the page shows the dataset's first
   * event (the article's), so links made before there were several events still mean the same.
   */
  event: oneParameter(eventId, null, 'no such event', (known) => known.eventIds),
  /** The actor's overall stance, derived from all its statements. */
  stance: listParameter(oneOf(stanceIds), 'no such stance'),
  /** The stance each statement itself expresses. */
  'statement-stance': listParameter(oneOf(stanceIds), 'no such stance'),
  kind: listParameter(oneOf(actorKinds), 'no such actor kind'),
  actor: listParameter(actorId, 'no such actor', { known: (known) => known.actorIds }),
  dimension: listParameter(oneOf(dimensionIds), 'no such position'),
  channel: listParameter(oneOf(channels), 'no such channel'),
  speaker: listParameter(trimmedText(1, 100), 'no such speaker', {
    known: (known) => known.speakers,
  }),
  from: oneParameter(isoDay, null, dayReason),
  to: oneParameter(isoDay, null, dayReason),
  q: textParameter(200),
}

export type FilterState = StateOf<typeof filterParameters>

export type ListFilter =
  'stance' | 'statement-stance' | 'kind' | 'actor' | 'dimension' | 'channel' | 'speaker'
const listFilters: readonly ListFilter[] = [
  'stance',
  'statement-stance',
  'kind',
  'actor',
  'dimension',
  'channel',
  'speaker',
]

export const emptyFilterState: FilterState = defaultsOf(filterParameters)

export function isListFilter(key: string): key is ListFilter {
  return listFilters.some((filter) => filter === key)
}

/** Every filter off; the event is kept, since it is chosen apart from the filters. */
export const clearFilters = (state?: FilterState): FilterState => ({
  ...emptyFilterState,
  event: state?.event ?? null,
})

export function activeFilterCount(state: FilterState): number {
  return (
    listFilters.reduce((total, key) => total + state[key].length, 0) +
    (state.from ? 1 : 0) +
    (state.to ? 1 : 0) +
    (state.q.trim() ? 1 : 0)
  )
}

/** A copy of the state with one list filter set to `values` (already valid for that filter). */
export function withList(state: FilterState, key: ListFilter, values: string[]): FilterState {
  const updated = { ...state }
  // Values come from the filter's own options, so they belong to its union.
  ;(updated as Record<ListFilter, string[]>)[key] = values
  return updated
}

export function toggleValue(state: FilterState, key: ListFilter, value: string): FilterState {
  const current: readonly string[] = state[key]
  return withList(
    state,
    key,
    current.includes(value) ? current.filter((item) => item !== value) : [...current, value],
  )
}
