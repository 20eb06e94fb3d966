import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartBody } from './chart-body'
import { SortableTable } from '../../../components/sortable-table'
import type { CodebookLabels } from '../../../lib/labels'
import { binLabel, binStances, type BinStance, type TimelineBins } from '../scale'
import { tooltipBox, colors, type ChartMode, type LegendItem } from './marks'

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
  const chart = (
    <BarChart
      data={rows}
      margin={{ top: 12, right: 8, bottom: 8, left: 0 }}
      barCategoryGap={0}
      accessibilityLayer={!svg}
      {...(svg && { width: svg.width, height })}
    >
      <CartesianGrid vertical={false} stroke={colors.border} />
      <XAxis
        dataKey="start"
        tick={{ fill: colors.text, fontSize: 12 }}
        interval="preserveStartEnd"
        minTickGap={24}
        height={32}
      />
      <YAxis allowDecimals={false} tick={{ fill: colors.muted, fontSize: 12 }} width={44} />
      {!svg && (
        <Tooltip
          cursor={{ fill: colors.border, opacity: 0.4 }}
          contentStyle={tooltipBox}
          labelFormatter={(_label, items) => {
            const [item] = items
            const payload: unknown = item?.payload
            return payload && typeof payload === 'object' && 'label' in payload
              ? String(payload.label)
              : ''
          }}
        />
      )}
      {binStances.map((stance) => (
        <Bar
          key={stance}
          isAnimationActive={false}
          dataKey={stance}
          name={stanceName(stance, labels)}
          stackId="stance"
          fill={stanceColor(stance)}
        />
      ))}
    </BarChart>
  )
  return (
    <ChartBody svg={svg} height={height}>
      {chart}
    </ChartBody>
  )
}
