import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { actorsQueryOptions } from '../lib/api/actors'
import { codebookQueryOptions } from '../lib/api/codebook'
import { eventsQueryOptions } from '../lib/api/events'
import { metaQueryOptions } from '../lib/api/meta'
import { sourcesQueryOptions } from '../lib/api/sources'
import { stancesQueryOptions } from '../lib/api/stances'
import { statementsQueryOptions } from '../lib/api/statements'
import { syntheticPartOptions } from '../lib/api/synthetic'
import { readDataChoice } from '../lib/url-state/url-state'
import { useLocationSearch } from '../lib/url-state/use-location-search'
import { chartsEngineQueryOptions } from './synthetic-engine-options'

/**
 * The dashboard's data, loaded once; filtering happens in the page, so it is instant. A frozen
 * embed (`&version=`) loads that dataset version while it is served, and the latest otherwise.
 * With `dataset=synthetic` the same parts come from the synthetic corpus, made in the engine's
 * worker; the codebook is the article's, by which it is coded.
 */
export function useDashboardData() {
  const [search] = useLocationSearch()
  const view = useMemo(() => readDataChoice(search), [search])
  const synthetic = view.dataset === 'synthetic'
  const asked = synthetic ? null : view.version
  const [served] = useQueries({
    queries: [{ ...metaQueryOptions(), enabled: asked !== null }],
  })
  const version = served.data?.versions?.some((item) => item.version === asked) ? asked : null
  const waiting = asked !== null && served.isPending
  const fromApi = !waiting && !synthetic
  const [actors, stances, statements, codebook, events, sources, meta] = useQueries({
    queries: [
      { ...actorsQueryOptions(version), enabled: fromApi },
      { ...stancesQueryOptions(version), enabled: fromApi },
      { ...statementsQueryOptions({}, version), enabled: fromApi },
      { ...codebookQueryOptions(version), enabled: !waiting },
      { ...eventsQueryOptions(), enabled: fromApi },
      { ...sourcesQueryOptions(), enabled: fromApi },
      { ...metaQueryOptions(version), enabled: fromApi },
    ],
  })
  // The same parts of the synthetic corpus, asked for only when it is shown.
  const engine = chartsEngineQueryOptions(view.size)
  const generated = useQueries({
    queries: [
      { ...syntheticPartOptions(engine, 'actors'), enabled: synthetic },
      { ...syntheticPartOptions(engine, 'stances'), enabled: synthetic },
      { ...syntheticPartOptions(engine, 'statements'), enabled: synthetic },
      { ...syntheticPartOptions(engine, 'events'), enabled: synthetic },
      { ...syntheticPartOptions(engine, 'sources'), enabled: synthetic },
      { ...syntheticPartOptions(engine, 'meta'), enabled: synthetic },
    ],
  })
  if (synthetic) {
    const [actors, stances, statements, events, sources, meta] = generated
    return { actors, stances, statements, codebook, events, sources, meta }
  }
  return { actors, stances, statements, codebook, events, sources, meta }
}

export type DashboardQueries = ReturnType<typeof useDashboardData>
