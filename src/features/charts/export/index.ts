import { createMeasure } from '../text-measure'
import { pagePalette, readDrawing } from './capture'
import { chartDocument, documentWidth, padding, type ChartText } from './document'

/** Everything a chart download needs, as one chunk loaded on the first download. */
export { offscreenHost } from './capture'
export { pngOf } from './files'

/** The width the chart is drawn at inside the file. */
export const drawingWidth = documentWidth - 2 * padding

/**
 * The chart as a standalone SVG document around the drawing the page's own component made in
 * `host` (its SVG mode), in the theme on screen; `host` is null when there is nothing to draw.
 */
export async function exportChart(text: ChartText, host: HTMLElement | null) {
  const drawing = host && !text.empty ? await readDrawing(host, drawingWidth) : null
  return chartDocument(text, drawing, { palette: pagePalette(), measure: createMeasure() })
}
