import { useMemo } from 'react'
import { countActors, showCards, showData, type PageData } from '../lib/engine/dataset-view'
import type { SyntheticView } from '../lib/engine/synthetic-engine'
import type { FacetCountsByValue } from '../lib/engine/types'
import type { ActorResult, CardResult, DashboardData } from '../lib/statements/actor-results'
import type { FilterState } from '../lib/url-state/filter-state'

/** The engine's answer for the view, whichever dataset it comes from. */
export type FilteredView = {
  /** The actors shown with their stances; null while the stances are unavailable. */
  results: readonly ActorResult[] | null
  /** The cards as filtered: with their stances, or without them while those are unavailable. */
  cards: readonly CardResult[]
  /** Each filter option's counts: what choosing it alone would show. */
  facetCounts: FacetCountsByValue
  /** How many actors a filter state shows, for the filters' counts. */
  countActors: (state: FilterState) => number
}

type Sources = {
  /** The synthetic corpus's last answer from its worker, or null for a dataset in the page. */
  synthetic: SyntheticView<unknown> | null
  isSynthetic: boolean
  data: DashboardData | null
  /** The statements and actors alone, when only the derived stances failed to load. */
  withoutStances: PageData | null
  filters: FilterState
  /** The filters as the data is filtered: with the event shown by default. */
  withEvent: (state: FilterState) => FilterState
}

/**
 * One engine answers every dataset: the synthetic corpus's in its worker, the one held in the page
 * (the article's, a published version, the workspace) here, indexed once. Null until it can tell.
 */
export function useFilteredView({
  synthetic,
  isSynthetic,
  data,
  withoutStances,
  filters,
  withEvent,
}: Sources): FilteredView | null {
  return useMemo(() => {
    if (isSynthetic) {
      if (!synthetic) return null
      return {
        results: synthetic.results,
        cards: synthetic.results,
        facetCounts: synthetic.facetCounts,
        countActors: (state) => synthetic.countActors(withEvent(state)) ?? 0,
      }
    }
    if (data) {
      const { results, facetCounts } = showData(data, filters)
      return {
        results,
        cards: results,
        facetCounts,
        countActors: (state) => countActors(data, withEvent(state)),
      }
    }
    if (withoutStances) {
      const { results, facetCounts } = showCards(withoutStances, filters)
      return {
        results: null,
        cards: results,
        facetCounts,
        countActors: (state) => countActors(withoutStances, withEvent(state), false),
      }
    }
    return null
  }, [isSynthetic, synthetic, data, withoutStances, filters, withEvent])
}
