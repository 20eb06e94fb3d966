import { fontFamily, type Measure } from './svg'

/**
 * Text widths for laying out an exported chart. In a browser the canvas measures the same system
 * font the exported SVG names; elsewhere an average glyph width stands in, erring wide.
 */
export function createMeasure(): Measure {
  const context =
    typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null
  if (!context)
    return (content, font) => content.length * font.size * (font.weight === 700 ? 0.62 : 0.58)
  return (content, font) => {
    context.font = `${font.weight ?? 400} ${font.size}px ${fontFamily}`
    return context.measureText(content).width
  }
}
