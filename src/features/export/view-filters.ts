import {
  emptyFilterState,
  serializeFilterState,
  type FilterState,
} from '../../lib/url-state/filter-state'

/** Only the filters of a view: what narrows the statements, not how they are shown. */
const filtersOnly = (state: FilterState): FilterState => ({
  ...emptyFilterState,
  stance: state.stance,
  kind: state.kind,
  actor: state.actor,
  dimension: state.dimension,
  channel: state.channel,
  speaker: state.speaker,
  from: state.from,
  to: state.to,
  q: state.q,
})

/** The filters as the view's link writes them ("stance=condemns,urges-halt"), or "none". */
export function filtersText(state: FilterState): string {
  return serializeFilterState(filtersOnly(state)).replace(/^\?/, '') || 'none'
}

/** The active filters as lists, for the JSON's `meta`: `{ stance: ['condemns'], q: 'cease-fire' }`. */
export function filtersObject(state: FilterState): Record<string, string | string[]> {
  const params = new URLSearchParams(serializeFilterState(filtersOnly(state)))
  return Object.fromEntries(
    [...params].map(([key, value]) => [
      key,
      key === 'q' || key === 'from' || key === 'to' ? value : value.split(','),
    ]),
  )
}
