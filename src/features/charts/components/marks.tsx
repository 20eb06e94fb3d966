import type { StanceId } from '../../../lib/vocabulary'
import { createMeasure, lineHeight, type Font, type Measure } from '../text-measure'

/**
 * The one place that decides a chart's colours: CSS custom properties, so the theme on screen
 * applies; a download resolves them to concrete values from the same drawing.
 */
export const colors = {
  text: 'var(--text)',
  muted: 'var(--muted)',
  border: 'var(--border)',
  surface: 'var(--surface)',
  bg: 'var(--bg)',
  accent: 'var(--accent)',
  stance: (stance: StanceId | null) => (stance ? `var(--stance-${stance})` : 'var(--muted)'),
  /** `share` (0 to 1) of the accent over the card, as the heat map shades agreement. */
  heat: (share: number) =>
    `color-mix(in srgb, var(--accent) ${Math.round(share * 100)}%, var(--surface))`,
}

/** How a chart is drawn: HTML on the page, SVG for a download (at a fixed width). */
export type SvgMode = { width: number; measure?: Measure }

/** What every chart takes: whether the page shows its table, or the width of a download. */
export type ChartMode = {
  asTable: boolean
  /** Drawn as SVG at this width, for a download, without the page's tooltip. */
  svg?: SvgMode
}

/** The tooltip's box on the card's colours, shared by the recharts charts. */
export const tooltipBox = { background: colors.surface, borderColor: colors.border }

/**
 * A rectangle's place and size shrunk by `by` on every side: the gap between a grid's cells, or
 * room inside a mark's square for its stroke.
 */
export const inset = (x: number, y: number, width: number, height: number, by: number) => ({
  x: x + by,
  y: y + by,
  width: width - 2 * by,
  height: height - 2 * by,
})

export type LegendMark = 'filled' | 'outlined' | 'dot' | 'diamond' | 'takes' | 'opposes'
export type LegendItem = { mark: LegendMark; color: string; label: string }

const markSize = 12

/** A legend's mark, drawn in a 12-pixel square from (x, y). */
export function Mark({
  mark,
  color,
  x = 0,
  y = 0,
}: {
  mark: LegendMark
  color: string
  x?: number
  y?: number
}) {
  const c = markSize / 2
  switch (mark) {
    case 'filled':
      return <rect x={x} y={y} width={markSize} height={markSize} rx={3} style={{ fill: color }} />
    case 'outlined':
      return (
        <rect
          {...inset(x, y, markSize, markSize, 1)}
          rx={2}
          style={{ fill: colors.surface, stroke: color, strokeWidth: 2 }}
        />
      )
    case 'dot':
      return <circle cx={x + c} cy={y + c} r={c} style={{ fill: color }} />
    case 'diamond':
      return <Diamond cx={x + c} cy={y + c} r={c - 1} color={color} width={2} />
    case 'takes':
      return <circle cx={x + c} cy={y + c} r={5} style={{ fill: color }} />
    case 'opposes':
      return <Cross cx={x + c} cy={y + c} r={5} color={color} />
  }
}

export function Diamond(props: {
  cx: number
  cy: number
  r: number
  color: string
  width: number
}) {
  const { cx, cy, r, color, width } = props
  return (
    <path
      d={`M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`}
      style={{ fill: colors.surface, stroke: color, strokeWidth: width }}
    />
  )
}

export function Cross({ cx, cy, r, color }: { cx: number; cy: number; r: number; color: string }) {
  return (
    <path
      d={`M${cx - r} ${cy - r}L${cx + r} ${cy + r}M${cx + r} ${cy - r}L${cx - r} ${cy + r}`}
      style={{ stroke: color, strokeWidth: 2.5, strokeLinecap: 'round', fill: 'none' }}
    />
  )
}

/** Lines of text as one `<text>`, the first baseline at `y`; a space ends each line but the last. */
export function TextLines(props: {
  lines: readonly string[]
  x: number
  y: number
  font: Font
  color?: string
  anchor?: 'start' | 'middle' | 'end'
}) {
  const { lines, x, y, font, color = colors.text, anchor } = props
  return (
    <text
      x={x}
      y={y}
      fontSize={font.size}
      fontWeight={font.weight === 700 ? 700 : undefined}
      textAnchor={anchor}
      style={{ fill: color }}
    >
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? undefined : lineHeight(font)}>
          {index < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  )
}

const legendFont = { size: 13 }

/** The legend's items in rows, wrapping like words. */
function legendRows(items: readonly LegendItem[], width: number, measure: Measure) {
  const row = 22
  const placed: { item: LegendItem; x: number; y: number }[] = []
  let x = 0
  let y = 0
  for (const item of items) {
    const itemWidth = markSize + 6 + measure(item.label, legendFont)
    if (x > 0 && x + itemWidth > width) {
      x = 0
      y += row
    }
    placed.push({ item, x, y })
    x += itemWidth + 20
  }
  return { placed, height: y + row }
}

/** A chart's legend: a list on the page, rows of marks in the downloaded SVG. */
export function ChartLegend({ items, svg }: { items: readonly LegendItem[]; svg?: SvgMode }) {
  if (!svg)
    return (
      <ul className="chart-legend" aria-label="Legend">
        {items.map((item) => (
          <li key={item.label}>
            <svg width={markSize} height={markSize} aria-hidden="true" className="legend-mark">
              <Mark mark={item.mark} color={item.color} />
            </svg>{' '}
            {item.label}
          </li>
        ))}
      </ul>
    )
  const { placed, height } = legendRows(items, svg.width, svg.measure ?? createMeasure())
  return (
    <svg width={svg.width} height={height} aria-label="Legend">
      {placed.map(({ item, x, y }) => (
        <g key={item.label}>
          <Mark mark={item.mark} color={item.color} x={x} y={y + 4} />
          <TextLines lines={[item.label]} x={x + 18} y={y + 14.5} font={legendFont} />
        </g>
      ))}
    </svg>
  )
}
