import { readFilters } from './date-range'
import { filterParameters, filterRows, type FilterName } from './filter-table'
import { defaultsOf, type KnownValues, type StateOf, type UrlProblem } from './parameters'

export { filterParameters } from './filter-table'

/** The `event` value that shows every event of the dataset. */
export const allEvents = 'all'

/** Every filter of the dashboard; a link holds exactly these, so it reproduces the selection. */
export type FilterState = StateOf<typeof filterParameters>

/** The filters that hold a list of values, any of which matches. */
export type ListFilter = {
  [K in FilterName]: (typeof filterParameters)[K] extends { kind: 'ids' } ? K : never
}[FilterName]

export function isListFilter(key: string): key is ListFilter {
  return filterRows.some(([name, row]) => name === key && row.kind === 'ids')
}

/** Reads the filters of a link; what cannot be used is dropped and described. */
export const readFilterState = (
  params: URLSearchParams,
  known: KnownValues | undefined,
): { state: FilterState; problems: UrlProblem[] } => readFilters(filterParameters, params, known)

export const emptyFilterState: FilterState = defaultsOf(filterParameters)

/** Every filter off; the event is kept, since it is chosen apart from the filters. */
export const clearFilters = (state?: FilterState): FilterState => ({
  ...emptyFilterState,
  event: state?.event ?? null,
})

/** How many filters are on: each value of a list, a day, a search; the event is chosen apart. */
export function activeFilterCount(state: FilterState): number {
  const values: Record<string, unknown> = state
  return filterRows.reduce((total, [name, row]) => {
    const value = values[name]
    if (row.kind === 'id') return total
    if (Array.isArray(value)) return total + value.length
    return total + (typeof value === 'string' && value.trim() ? 1 : 0)
  }, 0)
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
