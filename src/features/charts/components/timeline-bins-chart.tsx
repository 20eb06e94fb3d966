import { useCallback, useState } from 'react'
import { SortableTable } from '../../../components/sortable-table'
import type { CodebookLabels } from '../../../lib/labels'
import { binLabel, binStances, type BinStance, type TimelineBins } from '../scale'
import { colors, type ChartMode, type LegendItem } from './marks'
import { formatCount } from '../../../lib/format'

type Props = ChartMode & {
  bins: TimelineBins
  labels: CodebookLabels
  /** Why the chart counts rather than draws each statement; the table's caption says it too. */
  note: string
}

const stanceName = (stance: BinStance, labels: CodebookLabels) =>
  stance === 'none' ? 'No stance' : labels.stance(stance)
const stanceColor = (stance: BinStance) => colors.stance(stance === 'none' ? null : stance)

/** The bars' stances, each in its colour, as the binned timeline stacks them. */
export const binsLegend = (labels: CodebookLabels): LegendItem[] =>
  binStances.map((stance) => ({
    mark: 'filled',
    color: stanceColor(stance),
    label: stanceName(stance, labels),
  }))

const height = 260

/** Statements counted per day or week, stacked by stance: the timeline when marks would not fit. */
export function TimelineBinsChart({ bins, labels, note, asTable, svg }: Props) {
  const rows = bins.bins.map((bin) => ({ ...bin, ...bin.counts, label: binLabel(bin, bins.unit) }))
  if (asTable)
    return (
      <SortableTable
        caption={`Statements per ${bins.unit}, by stance. ${note}`}
        // Empty bins keep the bars' time axis even; a table lists only bins with statements.
        rows={rows.filter((row) => row.total > 0)}
        rowKey={(row) => row.start}
        columns={[
          {
            key: 'bin',
            label: bins.unit === 'day' ? 'Day' : 'Week',
            value: (row) => row.start,
            render: (row) => row.label,
          },
          ...binStances.map((stance) => ({
            key: stance,
            label: stanceName(stance, labels),
            value: (row: (typeof rows)[number]) => row.counts[stance],
            numeric: true,
          })),
          { key: 'total', label: 'Statements', value: (row) => row.total, numeric: true },
        ]}
      />
    )
  if (svg) return <BinsSvg bins={bins} width={svg.width} />
  return <MeasuredBins bins={bins} />
}

/** The bars at the width of their container: laid out in pixels, so text keeps its size. */
function MeasuredBins({ bins }: { bins: TimelineBins }) {
  const [width, setWidth] = useState(0)
  const measure = useCallback((element: HTMLDivElement | null) => {
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return (
    <div ref={measure} className="chart-body" style={{ height }}>
      {width > 0 && <BinsSvg bins={bins} width={width} />}
    </div>
  )
}

const margin = { top: 12, right: 8, bottom: 28, left: 48 }
const axisFont = 12

/** Up to about five round steps from zero to the tallest bar. */
function countTicks(most: number): number[] {
  const rough = Math.max(1, most / 4)
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = ([1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power
  return Array.from({ length: Math.floor(most / step) + 1 }, (_, index) => index * step)
}

/**
 * The bars drawn directly: one stack per bin, a rectangle per stance. Hundreds of bins stay one
 * quick pass, where a general chart library lays out each bar on its own.
 */
function BinsSvg({ bins, width }: { bins: TimelineBins; width: number }) {
  const plot = {
    width: Math.max(1, width - margin.left - margin.right),
    height: height - margin.top - margin.bottom,
  }
  const most = Math.max(1, ...bins.bins.map((bin) => bin.total))
  const ticks = countTicks(most)
  const top = Math.max(most, ticks.at(-1) ?? most)
  const y = (count: number) => margin.top + plot.height - (count / top) * plot.height
  const step = plot.width / Math.max(1, bins.bins.length)
  // A day label (about 70 pixels wide) every 110 pixels or more, and none past the right edge.
  const every = Math.max(1, Math.ceil(110 / step))
  const labelled = (index: number) =>
    index % every === 0 && margin.left + (index + 0.5) * step + 36 <= width
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={`Statements per ${bins.unit}, stacked by stance`}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={margin.left}
            x2={width - margin.right}
            y1={y(tick)}
            y2={y(tick)}
            style={{ stroke: colors.border }}
          />
          <text
            x={margin.left - 6}
            y={y(tick) + 4}
            textAnchor="end"
            fontSize={axisFont}
            style={{ fill: colors.muted }}
          >
            {formatCount(tick)}
          </text>
        </g>
      ))}
      {bins.bins.map((bin, index) => {
        const x = margin.left + index * step
        let base = 0
        return (
          <g key={bin.start}>
            <title>{`${binLabel(bin, bins.unit)}: ${formatCount(bin.total)} statements`}</title>
            {binStances.map((stance) => {
              const count = bin.counts[stance]
              if (count === 0) return null
              const bottom = y(base)
              base += count
              return (
                <rect
                  key={stance}
                  x={x}
                  y={y(base)}
                  width={Math.max(0.5, step - (step > 4 ? 1 : 0))}
                  height={bottom - y(base)}
                  style={{ fill: stanceColor(stance) }}
                />
              )
            })}
            {labelled(index) && (
              <text
                x={x + step / 2}
                y={height - margin.bottom + 16}
                textAnchor={index === 0 ? 'start' : 'middle'}
                fontSize={axisFont}
                style={{ fill: colors.text }}
              >
                {bin.start}
              </text>
            )}
          </g>
        )
      })}
      <line
        x1={margin.left}
        x2={width - margin.right}
        y1={y(0)}
        y2={y(0)}
        style={{ stroke: colors.muted }}
      />
    </svg>
  )
}
