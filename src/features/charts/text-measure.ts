/** The font every chart drawing names, on screen and in its downloaded file. */
export const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"

export type Font = { size: number; weight?: 400 | 700 }

/** Measures a line of text in pixels at the given font. */
export type Measure = (content: string, font: Font) => number

/**
 * Text widths for laying out a chart drawn as SVG. In a browser the canvas measures the same system
 * font the drawing names; elsewhere an average glyph width stands in, erring wide.
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

/** Breaks text into lines no wider than `width`; a single word wider than that gets a line of its own. */
export function wrap(content: string, width: number, font: Font, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && measure(candidate, font) > width) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}

export const lineHeight = (font: Font) => Math.round(font.size * 1.35)
