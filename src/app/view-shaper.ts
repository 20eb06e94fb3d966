import type { ChartShapes, ChartsRequest } from '../features/charts/shape-charts'
import { createStripShaper, type ShapedStrip } from '../features/stance-over-time/shape-strips'
import type { ResultShaper } from '../lib/engine/engine-service'
import type { EngineData } from '../lib/engine/types'
import { chartsShaper } from './charts-shaper'

/** What the engine's worker shapes with each answer: the charts, and the stance across events. */
export type ViewShapes = {
  charts: ChartShapes
  /** Null for a dataset without its events or codebook, whose strips cannot be derived. */
  strips: ShapedStrip[] | null
}

const stripShapers = new WeakMap<EngineData, ReturnType<typeof createStripShaper> | null>()
function stripShaperOf(data: EngineData) {
  if (!stripShapers.has(data))
    stripShapers.set(
      data,
      data.events && data.codebook
        ? createStripShaper({
            statements: data.statements,
            events: data.events,
            codebookVersion: data.codebook.version,
          })
        : null,
    )
  return stripShapers.get(data) ?? null
}

/**
 * The engine worker's shaping of a view: the charts as `chartsShaper` shapes them, and the strips
 * of the stance across events by the panel's own derivation, so neither walks the corpus on the
 * page.
 */
export const viewShaper: ResultShaper<ChartsRequest, ViewShapes> = (results, request, data) => ({
  charts: chartsShaper(results, request, data),
  strips: stripShaperOf(data)?.(results) ?? null,
})
