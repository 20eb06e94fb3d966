import type { ChartsRequest } from '../features/charts/shape-charts'
import { syntheticEngineQueryOptions } from '../lib/api/synthetic'
import type { ViewShapes } from './view-shaper'

// The URL is written here, beside the worker's script, so the build bundles it as a worker.
const createWorker = () =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' })

/** The synthetic corpus's engine, whose answers come with the charts and strips shaped. */
export const chartsEngineQueryOptions = (size: number) =>
  syntheticEngineQueryOptions<ChartsRequest, ViewShapes>(size, createWorker)
