import { useQueries } from '@tanstack/react-query'
import { actorsQueryOptions } from '../lib/api/actors'
import { codebookQueryOptions } from '../lib/api/codebook'
import { eventsQueryOptions } from '../lib/api/events'
import { metaQueryOptions } from '../lib/api/meta'
import { sourcesQueryOptions } from '../lib/api/sources'
import { stancesQueryOptions } from '../lib/api/stances'
import { statementsQueryOptions } from '../lib/api/statements'
import { parseUrlState } from '../lib/url-state/url-state'
import { useLocationSearch } from '../lib/url-state/use-location-search'

/**
 * The dashboard's data, loaded once; filtering happens in the page, so it is instant. A frozen
 * embed (`&version=`) loads that dataset version while it is served, and the latest otherwise.
 */
export function useDashboardData() {
  const [search] = useLocationSearch()
  const asked = parseUrlState(search).view.version
  const [served] = useQueries({
    queries: [{ ...metaQueryOptions(), enabled: asked !== null }],
  })
  const version = served.data?.versions?.some((item) => item.version === asked) ? asked : null
  const waiting = asked !== null && served.isPending
  const [actors, stances, statements, codebook, events, sources, meta] = useQueries({
    queries: [
      { ...actorsQueryOptions(version), enabled: !waiting },
      { ...stancesQueryOptions(version), enabled: !waiting },
      { ...statementsQueryOptions({}, version), enabled: !waiting },
      { ...codebookQueryOptions(version), enabled: !waiting },
      { ...eventsQueryOptions(), enabled: !waiting },
      { ...sourcesQueryOptions(), enabled: !waiting },
      { ...metaQueryOptions(version), enabled: !waiting },
    ],
  })
  return { actors, stances, statements, codebook, events, sources, meta }
}

export type DashboardQueries = ReturnType<typeof useDashboardData>
