import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ChangeFilters } from '../features/filters/components/filter-panel'
import {
  parseFilterState,
  serializeFilterState,
  type KnownValues,
} from '../lib/url-state/filter-state'
import { useLocationSearch } from '../lib/url-state/use-location-search'

/**
 * The view as the URL holds it. A malformed link still shows the dashboard: what could not be read
 * is dropped, said in `notices`, and the cleaned view replaces the address.
 */
export function useViewState(known: KnownValues | undefined) {
  const [search, navigate] = useLocationSearch()
  const { state, problems } = useMemo(() => parseFilterState(search, known), [search, known])

  const [notices, setNotices] = useState<string[]>([])
  const [reported, setReported] = useState<string | null>(null)
  if (problems.length > 0 && reported !== search) {
    setReported(search)
    setNotices((current) => [...new Set([...current, ...problems])])
  }
  useEffect(() => {
    if (problems.length > 0) {
      navigate(serializeFilterState(state, new URLSearchParams(search)), { replace: true })
    }
  }, [problems, state, search, navigate])

  const onChange: ChangeFilters = useCallback(
    (next, options) =>
      navigate(serializeFilterState(next, new URLSearchParams(window.location.search)), options),
    [navigate],
  )
  return {
    state,
    notices,
    dismissNotices: () => setNotices([]),
    onChange,
    navigate,
  }
}
