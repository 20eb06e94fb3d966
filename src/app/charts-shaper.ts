import { shapeCharts, type ChartShapes, type ChartsRequest } from '../features/charts/shape-charts'
import type { ResultShaper } from '../lib/engine/engine-service'
import { dimensionIds } from '../lib/vocabulary'

/**
 * The engine worker's shaping of a view's charts: the charts panel's own `shapeCharts`, with every
 * dimension and the dataset's events, as the panel calls it for the article's data.
 */
export const chartsShaper: ResultShaper<ChartsRequest, ChartShapes> = (results, request, data) =>
  shapeCharts(results, { dimensions: dimensionIds, ...request, events: data.events ?? [] })
