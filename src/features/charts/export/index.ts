/** Everything a chart download needs, as one chunk loaded on the first download. */
export { chartDocument } from './document'
export { drawDistribution } from './draw-distribution'
export { drawAgreement, drawMatrix } from './draw-grids'
export { drawSpectrum } from './draw-spectrum'
export { drawTimeline } from './draw-timeline'
export { inlineImages, pngOf } from './files'
export { createMeasure } from './measure'
export { shownTheme } from './palette'
