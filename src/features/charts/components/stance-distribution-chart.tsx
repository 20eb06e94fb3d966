import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { SortableTable } from '../../../components/sortable-table'
import type { CodebookLabels } from '../../../lib/labels'
import type { StanceId } from '../../../lib/schemas/codebook'
import type { StanceCount } from '../shape'

type BarShapeProps = React.ComponentProps<typeof Rectangle> & { payload?: { stance?: StanceId } }

/** Each bar takes its stance's colour, shared with the badges. */
const stanceFill = (bar: BarShapeProps) =>
  bar.payload?.stance ? `var(--stance-${bar.payload.stance})` : 'var(--muted)'

type Props = {
  counts: readonly StanceCount[]
  labels: CodebookLabels
  asTable: boolean
  /** Absent where the chart filters nothing. */
  onPickStance?: (stance: StanceId) => void
}

export function StanceDistributionChart({ counts, labels, asTable, onPickStance }: Props) {
  const rows = counts.map((count) => ({ ...count, label: labels.stance(count.stance) }))
  if (asTable) {
    return (
      <SortableTable
        caption="Actors and statements by stance"
        rows={rows}
        rowKey={(row) => row.stance}
        columns={[
          {
            key: 'stance',
            label: 'Stance',
            value: (row) => counts.findIndex((c) => c.stance === row.stance),
            render: (row) => row.label,
          },
          { key: 'actors', label: 'Actors', value: (row) => row.actors, numeric: true },
          { key: 'statements', label: 'Statements', value: (row) => row.statements, numeric: true },
        ]}
      />
    )
  }
  return (
    <div className="chart-body" style={{ height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 22, right: 8, bottom: 8, left: 0 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis
            dataKey="label"
            tick={{ fill: 'var(--text)', fontSize: 12, width: 80 }}
            interval={0}
            height={48}
          />
          <YAxis allowDecimals={false} tick={{ fill: 'var(--muted)', fontSize: 12 }} width={32} />
          <Tooltip
            cursor={{ fill: 'var(--border)', opacity: 0.4 }}
            contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)' }}
          />
          <Bar
            isAnimationActive={false}
            dataKey="actors"
            name="Actors"
            shape={(bar: BarShapeProps) => <Rectangle {...bar} fill={stanceFill(bar)} />}
            cursor={onPickStance && 'pointer'}
            onClick={(entry: { payload?: { stance?: StanceId } }) =>
              entry.payload?.stance && onPickStance?.(entry.payload.stance)
            }
          >
            <LabelList
              dataKey="actors"
              position="top"
              fill="var(--text)"
              fontSize={12}
              className="bar-value-actors"
            />
          </Bar>
          <Bar
            isAnimationActive={false}
            dataKey="statements"
            name="Statements"
            shape={(bar: BarShapeProps) => (
              <Rectangle
                {...bar}
                fill={stanceFill(bar)}
                fillOpacity={0.45}
                stroke={stanceFill(bar)}
              />
            )}
            cursor={onPickStance && 'pointer'}
            onClick={(entry: { payload?: { stance?: StanceId } }) =>
              entry.payload?.stance && onPickStance?.(entry.payload.stance)
            }
          >
            <LabelList
              dataKey="statements"
              position="top"
              fill="var(--muted)"
              fontSize={12}
              className="bar-value-statements"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
