import { palettes, type ExportTheme, type Palette } from './palette'
import {
  el,
  escapeXml,
  fontFamily,
  lineHeight,
  textLines,
  wrap,
  type Font,
  type Measure,
} from './svg'

export type LegendMark = 'solid' | 'light' | 'dot' | 'diamond' | 'takes' | 'opposes'
export type LegendItem = { mark: LegendMark; color: string; label: string }

export type DrawContext = { width: number; palette: Palette; measure: Measure }

/** A chart's marks, axes and labels, drawn from the top-left corner of its area. */
export type Drawing = { svg: string; height: number; legend?: LegendItem[] }

export type DrawChart = (context: DrawContext) => Drawing

/** The words around the chart, as the page's figure shows them. */
export type ChartText = {
  title: string
  subtitle: string
  /** What the filters leave, or null when nothing is filtered. */
  filters: string | null
  description: string
  footnote?: string
  source: string
  /** Said in place of the chart when the filters leave nothing to draw. */
  empty?: string | null
}

export type ChartDocument = { svg: string; width: number; height: number }

const padding = 28
const fonts = {
  title: { size: 20, weight: 700 },
  subtitle: { size: 14 },
  filters: { size: 13, weight: 700 },
  legend: { size: 13 },
  small: { size: 12 },
} satisfies Record<string, Font>

/** Lines wrapped to the width, set from `top`; returns the SVG and the height used. */
function paragraph(
  content: string,
  top: number,
  width: number,
  font: Font,
  color: string,
  measure: Measure,
) {
  const lines = wrap(content, width, font, measure)
  return {
    svg: textLines(lines, padding, top + font.size, font, { fill: color }),
    height: lines.length * lineHeight(font),
  }
}

function legendMark(item: LegendItem, x: number, y: number, palette: Palette): string {
  const size = 12
  switch (item.mark) {
    case 'solid':
      return el('rect', { x, y, width: size, height: size, rx: 3, fill: item.color })
    case 'light':
      return el('rect', {
        x: x + 0.5,
        y: y + 0.5,
        width: size - 1,
        height: size - 1,
        rx: 3,
        fill: item.color,
        'fill-opacity': 0.45,
        stroke: item.color,
      })
    case 'dot':
      return el('circle', { cx: x + size / 2, cy: y + size / 2, r: size / 2, fill: item.color })
    case 'diamond':
      return diamond(x + size / 2, y + size / 2, size / 2, item.color, palette.surface, 2)
    case 'takes':
      return el('circle', { cx: x + size / 2, cy: y + size / 2, r: 5, fill: item.color })
    case 'opposes':
      return cross(x + size / 2, y + size / 2, 5, item.color)
  }
}

export const diamond = (
  cx: number,
  cy: number,
  r: number,
  stroke: string,
  fill: string,
  width: number,
) =>
  el('path', {
    d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`,
    fill,
    stroke,
    'stroke-width': width,
  })

export const cross = (cx: number, cy: number, r: number, color: string) =>
  el('path', {
    d: `M${cx - r} ${cy - r}L${cx + r} ${cy + r}M${cx + r} ${cy - r}L${cx - r} ${cy + r}`,
    stroke: color,
    'stroke-width': 2.5,
    'stroke-linecap': 'round',
    fill: 'none',
  })

/** A framed message where the chart would be. */
const nothingToDraw =
  (message: string): DrawChart =>
  ({ width, palette }) => ({
    svg:
      el('rect', {
        x: 0.5,
        y: 0.5,
        width: width - 1,
        height: 79,
        rx: 6,
        fill: 'none',
        stroke: palette.border,
        'stroke-dasharray': '4 3',
      }) +
      textLines([message], width / 2, 40 + fonts.subtitle.size / 3, fonts.subtitle, {
        'text-anchor': 'middle',
        fill: palette.muted,
      }),
    height: 80,
  })

/** The legend's items in rows, wrapping like words. */
function legend(items: readonly LegendItem[], top: number, width: number, context: DrawContext) {
  const row = 22
  const parts: string[] = []
  let x = 0
  let y = 0
  for (const item of items) {
    const itemWidth = 12 + 6 + context.measure(item.label, fonts.legend)
    if (x > 0 && x + itemWidth > width) {
      x = 0
      y += row
    }
    parts.push(
      legendMark(item, padding + x, top + y + 4, context.palette),
      textLines([item.label], padding + x + 18, top + y + 14.5, fonts.legend, {
        fill: context.palette.text,
      }),
    )
    x += itemWidth + 20
  }
  return { svg: el('g', { 'aria-label': 'Legend' }, ...parts), height: y + row }
}

/**
 * A chart as a standalone SVG file: title, subtitle, what is filtered, the chart, its legend, any
 * footnote and the source line, on the theme's own background so it reads anywhere it is placed.
 */
export function chartDocument(
  content: ChartText,
  draw: DrawChart,
  options: { theme: ExportTheme; measure: Measure; width?: number },
): ChartDocument {
  const width = options.width ?? 800
  const palette = palettes[options.theme]
  const inner = width - 2 * padding
  const context: DrawContext = { width: inner, palette, measure: options.measure }
  const parts: string[] = []
  let y = padding
  const add = (block: { svg: string; height: number }, gap: number) => {
    parts.push(block.svg)
    y += block.height + gap
  }
  const say = (words: string, font: Font, color: string, gap: number) =>
    add(paragraph(words, y, inner, font, color, options.measure), gap)

  say(content.title, fonts.title, palette.text, 4)
  say(content.subtitle, fonts.subtitle, palette.muted, content.filters ? 4 : 16)
  if (content.filters) say(`Filtered: ${content.filters}`, fonts.filters, palette.text, 16)
  const drawing = content.empty ? nothingToDraw(content.empty)(context) : draw(context)
  parts.push(el('g', { transform: `translate(${padding} ${y})` }, drawing.svg))
  y += drawing.height + 14
  if (drawing.legend?.length) add(legend(drawing.legend, y, inner, context), 10)
  if (content.footnote) say(content.footnote, fonts.small, palette.muted, 8)
  say(content.source, fonts.small, palette.muted, 0)
  const height = Math.ceil(y + padding - 8)

  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'chart-title chart-description',
      'font-family': fontFamily,
    },
    el('title', { id: 'chart-title' }, escapeXml(content.title)),
    el('desc', { id: 'chart-description' }, escapeXml(`${content.description} ${content.source}`)),
    el('rect', { width, height, fill: palette.surface }),
    ...parts,
  )
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height }
}
