import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { SortableTable } from '../../../components/sortable-table'
import { MarkedName, useYours } from './yours-in-chart'
import { formatShortDayAt } from '../../../lib/format'
import { useRovingFocus } from '../../../lib/use-roving-focus'
import type { CodebookLabels } from '../../../lib/labels'
import type { TimelinePoint } from '../shape'
import { colors, tooltipBox, type SvgMode } from './marks'
import { MilestoneKey } from './milestone-key'
import { StatementMark } from './statement-mark'

type Props = {
  points: readonly TimelinePoint[]
  milestones: readonly { id: string; label: string; at: number }[]
  range: { start: number; end: number }
  /** The clock the axis reads, in words: "Baku time (UTC+4)". */
  zone: string
  labels: CodebookLabels
  asTable: boolean
  /** Absent where the chart filters nothing. */
  onPickActor?: (actorId: string) => void
  /** Drawn at this width for a download, without the page's tooltip. */
  svg?: SvgMode
}

export function StatementTimelineChart({
  points,
  milestones,
  range,
  zone,
  labels,
  asTable,
  onPickActor,
  svg,
}: Props) {
  const yours = useYours()
  const roving = useRovingFocus()
  const describe = (point: TimelinePoint) =>
    point.stance ? labels.stance(point.stance) : 'No stance'
  if (asTable) {
    return (
      <SortableTable
        caption="Statements over time"
        rows={points}
        rowKey={(point) => point.id}
        columns={[
          {
            key: 'when',
            label: 'Day',
            value: (point) => point.at,
            render: (point) =>
              point.precise ? point.day : `${point.day.replace('/', ' to ')} (no day given)`,
          },
          {
            key: 'actor',
            label: 'Actor',
            value: (point) => point.actorName,
            render: (point) => (
              <MarkedName name={point.actorName} yours={yours.statements.has(point.id)} />
            ),
          },
          { key: 'stance', label: 'Stance', value: describe },
          {
            key: 'words',
            label: 'Statement',
            value: (point) => point.words.text,
            // Quotation marks only around the speaker's own words; a report is marked as such.
            render: (point) =>
              point.words.quoted ? `“${point.words.text}”` : `Reported: ${point.words.text}`,
          },
        ]}
      />
    )
  }
  const actors = [...new Set(points.map((point) => point.actorName))]
  // One tick at noon of each day, labelled with the day.
  const ticks = Array.from(
    { length: Math.round((range.end - range.start) / 86_400_000) },
    (_, index) => range.start + index * 86_400_000 + 43_200_000,
  )
  const height = 100 + actors.length * 30
  const chart = (
    <ScatterChart
      margin={{ top: 24, right: 16, bottom: 8, left: 8 }}
      // Marks that filter are the chart's keyboard stop; recharts' own would be a second one.
      accessibilityLayer={!svg && !onPickActor}
      {...(svg && { width: svg.width, height })}
    >
      <CartesianGrid stroke={colors.border} />
      <XAxis
        type="number"
        dataKey="at"
        domain={[range.start, range.end]}
        ticks={ticks}
        tickFormatter={(value: number) => formatShortDayAt(value)}
        tick={{ fill: colors.text, fontSize: 12 }}
        height={44}
        label={{ value: zone, position: 'insideBottom', fill: colors.muted, fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="actorName"
        allowDuplicatedCategory={false}
        width={110}
        tick={{ fill: colors.text, fontSize: 12 }}
      />
      {milestones.map((milestone, index) => (
        <ReferenceLine
          key={milestone.id}
          x={milestone.at}
          stroke={colors.muted}
          strokeDasharray="4 3"
          label={{
            value: String(index + 1),
            position: 'top',
            fill: colors.text,
            fontSize: 12,
            fontWeight: 700,
          }}
        />
      ))}
      {!svg && (
        <Tooltip
          cursor={false}
          contentStyle={tooltipBox}
          formatter={(_value, _name, item: { payload?: TimelinePoint }) => [
            item.payload ? describe(item.payload) : '',
            item.payload?.actorName ?? '',
          ]}
          labelFormatter={() => ''}
        />
      )}
      <Scatter
        isAnimationActive={false}
        data={[...points]}
        shape={(mark: { cx?: number; cy?: number; payload?: TimelinePoint }) => {
          const point = mark.payload
          return (
            <StatementMark
              {...mark}
              name={
                point &&
                `${point.actorName}, ${describe(point)}, ${point.precise ? point.day : 'no day given'}: show only ${point.actorName}`
              }
              onPick={point && onPickActor && !svg ? () => onPickActor(point.actorId) : undefined}
            />
          )
        }}
        cursor={onPickActor && 'pointer'}
        onClick={(entry: { payload?: TimelinePoint }) =>
          entry.payload && onPickActor?.(entry.payload.actorId)
        }
      />
    </ScatterChart>
  )
  const key = milestones.map((milestone) => milestone.label)
  if (svg)
    return (
      <>
        {chart}
        <MilestoneKey labels={key} svg={svg} />
      </>
    )
  return (
    <div className="chart-body" {...roving}>
      <ResponsiveContainer width="100%" height={height}>
        {chart}
      </ResponsiveContainer>
      <MilestoneKey labels={key} />
    </div>
  )
}
