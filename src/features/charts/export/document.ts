import { fontFamily, lineHeight, wrap, type Font, type Measure } from '../text-measure'
import { genericFamily } from './plain-svg'

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
  /** The view's shareable address, carried in the file's description. */
  address?: string
}

/** The page's drawing of a chart (and its legend), read off the page as SVG. */
export type Drawing = { markup: string; width: number; height: number }

/** The theme's colours as concrete values, read from the page at the time of the download. */
export type Palette = { surface: string; text: string; muted: string; border: string }

export type ChartDocument = {
  svg: string
  width: number
  height: number
  /** What the file says of itself, as the SVG's <title> and <desc> and a PNG's text chunks. */
  about: { title: string; description: string }
}

/** The exported file's width; the drawing gets this less the padding on both sides. */
export const documentWidth = 800
export const padding = 28

const fonts = {
  title: { size: 20, weight: 700 },
  subtitle: { size: 14 },
  filters: { size: 13, weight: 700 },
  small: { size: 12 },
} satisfies Record<string, Font>

type Attributes = Record<string, string | number | undefined>

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char] ?? char)

const round = (value: number) => Math.round(value * 100) / 100

/** One element; children are already-written SVG. Attributes left undefined are omitted. */
function el(name: string, attributes: Attributes = {}, ...children: string[]): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([key, value]) =>
        ` ${key}="${escapeXml(String(typeof value === 'number' ? round(value) : value))}"`,
    )
    .join('')
  return children.length
    ? `<${name}${written}>${children.join('')}</${name}>`
    : `<${name}${written}/>`
}

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
  const step = lineHeight(font)
  const svg = el(
    'text',
    {
      x: padding,
      y: top + font.size,
      'font-size': font.size,
      'font-weight': font.weight === 700 ? 700 : undefined,
      fill: color,
    },
    // A space ends each line but the last, so the text reads whole when copied or read aloud.
    ...lines.map((line, index) =>
      el(
        'tspan',
        { x: padding, dy: index === 0 ? undefined : step },
        escapeXml(index < lines.length - 1 ? `${line} ` : line),
      ),
    ),
  )
  return { svg, height: lines.length * step }
}

/**
 * The caption under a downloaded chart, and in its citation: which filters it shows, so that a
 * copy taken out of the page still says what it leaves out.
 */
export const filtersCaption = (filters: string | null) =>
  filters ? `Filtered: ${filters}.` : 'Unfiltered: every statement in the dataset.'

/** The file's description: what the chart shows, under which filters, from where, at which view. */
export const described = ({ description, filters, source, address }: ChartText) =>
  [description, filtersCaption(filters), source, address ? `View: ${address}` : null]
    .filter((part) => part !== null)
    .join(' ')

/** A framed message where the chart would be. */
function nothingToDraw(message: string, width: number, palette: Palette) {
  const svg =
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
    el(
      'text',
      {
        x: width / 2,
        y: 40 + fonts.subtitle.size / 3,
        'font-size': fonts.subtitle.size,
        'text-anchor': 'middle',
        fill: palette.muted,
      },
      escapeXml(message),
    )
  return { svg, height: 80 }
}

/**
 * A chart as a standalone SVG file: title, subtitle, what is filtered, the page's own drawing of
 * the chart and its legend, any footnote and the source line, on the theme's card colour so it
 * reads anywhere it is placed.
 */
export function chartDocument(
  content: ChartText,
  drawing: Drawing | null,
  options: { palette: Palette; measure: Measure },
): ChartDocument {
  const width = documentWidth
  const { palette, measure } = options
  const inner = width - 2 * padding
  const parts: string[] = []
  let y = padding
  const say = (words: string, font: Font, color: string, gap: number) => {
    const block = paragraph(words, y, inner, font, color, measure)
    parts.push(block.svg)
    y += block.height + gap
  }

  say(content.title, fonts.title, palette.text, 4)
  say(content.subtitle, fonts.subtitle, palette.muted, 16)
  const shown =
    content.empty || !drawing
      ? nothingToDraw(content.empty ?? 'Nothing to draw.', inner, palette)
      : { svg: drawing.markup, height: drawing.height }
  parts.push(el('g', { transform: `translate(${padding} ${y})` }, shown.svg))
  y += shown.height + 14
  if (content.footnote) say(content.footnote, fonts.small, palette.muted, 8)
  // The caption: what the filters leave, then the source, as a citation of the chart gives them.
  say(filtersCaption(content.filters), fonts.filters, palette.text, 4)
  say(content.source, fonts.small, palette.muted, 0)
  const height = Math.ceil(y + padding - 8)
  const about = { title: content.title, description: described(content) }

  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'chart-title chart-description',
      // The family the page's fonts fall back to: a reader elsewhere may have none of them.
      'font-family': genericFamily(fontFamily),
      // SVG's own default, said outright: ImageMagick strokes in black where nothing does.
      stroke: 'none',
    },
    el('title', { id: 'chart-title' }, escapeXml(about.title)),
    el('desc', { id: 'chart-description' }, escapeXml(about.description)),
    el('rect', { width, height, fill: palette.surface }),
    ...parts,
  )
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height, about }
}
