import { useQueries } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { syntheticEngineQueryOptions } from '../lib/api/synthetic'
import type { SyntheticEngine, SyntheticView } from '../lib/engine/synthetic-engine'
import type { FilterState } from '../lib/url-state/filter-state'

/**
 * The synthetic corpus's engine (with `size` statements; null for the article's data) and its
 * answer for the filters: each change is asked of the worker, the last answer stays shown until
 * the next arrives, and answers overtaken by a newer change are dropped.
 */
export function useSyntheticView(size: number | null, filters: FilterState) {
  // useQueries, as every other query of the page: one hook less in the first paint's script.
  const [engine] = useQueries({
    queries: [{ ...syntheticEngineQueryOptions(size ?? 0), enabled: size !== null }],
  })
  const live = size !== null ? engine.data : undefined
  const [answer, setAnswer] = useState<{ engine: SyntheticEngine; view: SyntheticView } | null>(
    null,
  )
  const [failure, setFailure] = useState<{ engine: SyntheticEngine; error: unknown } | null>(null)
  useEffect(() => {
    if (!live) return
    return live.request(
      filters,
      (view) => setAnswer({ engine: live, view }),
      (error: unknown) => setFailure({ engine: live, error }),
    )
  }, [live, filters])
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
