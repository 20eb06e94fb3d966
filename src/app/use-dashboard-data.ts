import { useQueries } from '@tanstack/react-query'
import { actorsQueryOptions } from '../lib/api/actors'
import { codebookQueryOptions } from '../lib/api/codebook'
import { eventsQueryOptions } from '../lib/api/events'
import { metaQueryOptions } from '../lib/api/meta'
import { sourcesQueryOptions } from '../lib/api/sources'
import { stancesQueryOptions } from '../lib/api/stances'
import { statementsQueryOptions } from '../lib/api/statements'

/** The dashboard's data, loaded once; filtering happens in the page, so it is instant. */
export function useDashboardData() {
  const [actors, stances, statements, codebook, events, sources, meta] = useQueries({
    queries: [
      actorsQueryOptions(),
      stancesQueryOptions(),
      statementsQueryOptions(),
      codebookQueryOptions(),
      eventsQueryOptions(),
      sourcesQueryOptions(),
      metaQueryOptions(),
    ],
  })
  return { actors, stances, statements, codebook, events, sources, meta }
}

export type DashboardQueries = ReturnType<typeof useDashboardData>
