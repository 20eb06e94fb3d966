import { useCallback, useEffect, useMemo, useState } from 'react'
import type { FilterState } from '../lib/url-state/filter-state'
import { summariseProblems, type UrlNoticeSummary } from '../lib/url-state/notice'
import type { KnownValues, UrlProblem } from '../lib/url-state/parameters'
import { parseUrlState, serializeUrlState } from '../lib/url-state/url-state'
import { useLocationSearch } from '../lib/url-state/use-location-search'
import type { ViewState } from '../lib/url-state/view-state'

export type Navigate = (search: string, options?: { replace?: boolean }) => void

/**
 * The view as the URL holds it. A malformed link still shows the dashboard: what could not be read
 * is dropped, summed up in `notice`, and the cleaned view replaces the address.
 */
export function useViewState(known: KnownValues | undefined) {
  const [search, navigate] = useLocationSearch()
  const { view, filters, problems } = useMemo(() => parseUrlState(search, known), [search, known])

  // What was dropped, gathered across readings: known ids are checked only once the data is in.
  const [dropped, setDropped] = useState<UrlProblem[]>([])
  const [reported, setReported] = useState<string | null>(null)
  if (problems.length > 0 && reported !== search) {
    setReported(search)
    setDropped((current) => [...current, ...problems])
  }
  const notice: UrlNoticeSummary | null = useMemo(
    () => (dropped.length > 0 ? summariseProblems(dropped) : null),
    [dropped],
  )
  useEffect(() => {
    if (problems.length > 0) {
      navigate(serializeUrlState({ view, filters }, new URLSearchParams(search)), { replace: true })
    }
  }, [problems, view, filters, search, navigate])

  const linkTo = useCallback(
    (next: { view?: ViewState; filters?: FilterState }) =>
      serializeUrlState(
        { view: next.view ?? view, filters: next.filters ?? filters },
        new URLSearchParams(search),
      ),
    [view, filters, search],
  )
  const setFilters = useCallback(
    (next: FilterState, options?: { replace?: boolean }) =>
      navigate(linkTo({ filters: next }), options),
    [navigate, linkTo],
  )
  const setView = useCallback(
    (next: ViewState, options?: { replace?: boolean }) => navigate(linkTo({ view: next }), options),
    [navigate, linkTo],
  )
  return {
    view,
    filters,
    notice,
    dismissNotice: () => setDropped([]),
    setFilters,
    setView,
    linkTo,
    navigate,
  }
}

export type ViewStateHandle = ReturnType<typeof useViewState>
