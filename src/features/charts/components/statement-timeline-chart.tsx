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
import { formatShortDayAt } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import type { TimelinePoint } from '../shape'

type Props = {
  points: readonly TimelinePoint[]
  milestones: readonly { id: string; label: string; at: number }[]
  range: { start: number; end: number }
  labels: CodebookLabels
  asTable: boolean
  /** Absent where the chart filters nothing. */
  onPickActor?: (actorId: string) => void
}

/** A dot for a statement dated to its day; a hollow diamond for one the article does not date. */
function StatementMark(props: { cx?: number; cy?: number; payload?: TimelinePoint }) {
  const { cx = 0, cy = 0, payload } = props
  const color = payload?.stance ? `var(--stance-${payload.stance})` : 'var(--muted)'
  if (payload?.precise)
    return <circle cx={cx} cy={cy} r={7} fill={color} stroke="var(--surface)" strokeWidth={1.5} />
  return (
    <path
      d={`M${cx} ${cy - 8}L${cx + 8} ${cy}L${cx} ${cy + 8}L${cx - 8} ${cy}Z`}
      fill="var(--surface)"
      stroke={color}
      strokeWidth={2.5}
    />
  )
}

export function StatementTimelineChart({
  points,
  milestones,
  range,
  labels,
  asTable,
  onPickActor,
}: Props) {
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
          { key: 'actor', label: 'Actor', value: (point) => point.actorName },
          { key: 'stance', label: 'Stance', value: describe },
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
  return (
    <div className="chart-body">
      <ResponsiveContainer width="100%" height={80 + actors.length * 30}>
        <ScatterChart margin={{ top: 24, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid stroke="var(--border)" />
          <XAxis
            type="number"
            dataKey="at"
            domain={[range.start, range.end]}
            ticks={ticks}
            tickFormatter={(value: number) => formatShortDayAt(value)}
            tick={{ fill: 'var(--text)', fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="actorName"
            allowDuplicatedCategory={false}
            width={110}
            tick={{ fill: 'var(--text)', fontSize: 12 }}
          />
          {milestones.map((milestone, index) => (
            <ReferenceLine
              key={milestone.id}
              x={milestone.at}
              stroke="var(--muted)"
              strokeDasharray="4 3"
              label={{
                value: String(index + 1),
                position: 'top',
                fill: 'var(--text)',
                fontSize: 12,
                fontWeight: 700,
              }}
            />
          ))}
          <Tooltip
            cursor={false}
            contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)' }}
            formatter={(_value, _name, item: { payload?: TimelinePoint }) => [
              item.payload ? describe(item.payload) : '',
              item.payload?.actorName ?? '',
            ]}
            labelFormatter={() => ''}
          />
          <Scatter
            isAnimationActive={false}
            data={[...points]}
            shape={StatementMark}
            cursor={onPickActor && 'pointer'}
            onClick={(entry: { payload?: TimelinePoint }) =>
              entry.payload && onPickActor?.(entry.payload.actorId)
            }
          />
        </ScatterChart>
      </ResponsiveContainer>
      <ol className="milestone-key" aria-label="Milestones">
        {milestones.map((milestone) => (
          <li key={milestone.id}>{milestone.label}</li>
        ))}
      </ol>
    </div>
  )
}
