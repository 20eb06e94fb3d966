import type { FilterState } from '../../lib/url-state/filter-state'
import { serializeUrlState } from '../../lib/url-state/url-state'
import { defaultViewState } from '../../lib/url-state/view-state'

/** The filters alone as the view's link writes them: what narrows the statements, not how they show. */
const filterQuery = (state: FilterState) =>
  serializeUrlState({ view: defaultViewState, filters: state }).replace(/^\?/, '')

/** The filters as the view's link writes them ("stance=condemns,urges-halt"), or "none". */
export function filtersText(state: FilterState): string {
  return filterQuery(state) || 'none'
}

/** The active filters as lists, for the JSON's `meta`: `{ stance: ['condemns'], q: 'cease-fire' }`. */
export function filtersObject(state: FilterState): Record<string, string | string[]> {
  const params = new URLSearchParams(filterQuery(state))
  return Object.fromEntries(
    [...params].map(([key, value]) => [
      key,
      key === 'q' || key === 'from' || key === 'to' ? value : value.split(','),
    ]),
  )
}
