import { useQueries } from '@tanstack/react-query'
import { startTransition, useEffect, useState } from 'react'
import type { ChartsRequest } from '../features/charts/shape-charts'
import type { SyntheticEngine, SyntheticView } from '../lib/engine/synthetic-engine'
import type { FilterState } from '../lib/url-state/filter-state'
import { chartsEngineQueryOptions } from './synthetic-engine-options'
import type { ViewShapes } from './view-shaper'

type ChartsEngine = SyntheticEngine<ChartsRequest, ViewShapes>

/**
 * The synthetic corpus's engine (with `size` statements; null for the article's data) and its
 * answer for the filters, with the charts shaped in the worker as `charts` asks (and the strips): each change is
 * asked of the worker, the last answer stays shown until the next arrives, and answers overtaken
 * by a newer change are dropped.
 */
export function useSyntheticView(size: number | null, filters: FilterState, charts: ChartsRequest) {
  // useQueries, as every other query of the page: one hook less in the first paint's script.
  const [engine] = useQueries({
    queries: [{ ...chartsEngineQueryOptions(size ?? 0), enabled: size !== null }],
  })
  const live = size !== null ? engine.data : undefined
  const [answer, setAnswer] = useState<{
    engine: ChartsEngine
    view: SyntheticView<ViewShapes>
  } | null>(null)
  const [failure, setFailure] = useState<{ engine: ChartsEngine; error: unknown } | null>(null)
  useEffect(() => {
    if (!live) return
    return live.request(
      filters,
      charts,
      // A transition: drawing an answer over 100,000 statements is interruptible, so a click or
      // a letter typed meanwhile is painted first.
      (view) => startTransition(() => setAnswer({ engine: live, view })),
      (error: unknown) => setFailure({ engine: live, error }),
    )
  }, [live, filters, charts])
  return {
    size,
    engine: live ?? null,
    view: answer && answer.engine === live ? answer.view : null,
    /** Why the corpus could not be made, or why the engine stopped answering. */
    error:
      size === null
        ? null
        : (engine.error ?? (failure && failure.engine === live ? failure.error : null)),
  }
}
