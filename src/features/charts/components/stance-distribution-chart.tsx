import type { ReactNode } from 'react'
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
import { categoryLabel } from '../describe'
import type { StanceCategory, StanceCount } from '../shape'
import { colors, type LegendItem, type SvgMode } from './marks'

type BarShapeProps = React.ComponentProps<typeof Rectangle> & {
  payload?: { stance?: StanceCategory }
}

/** A category's colour: a stance's own, shared with the badges; Mixed the text's, no stance's. */
export const categoryColor = (category: StanceCategory | null) =>
  category === 'mixed' ? colors.text : colors.stance(category)

/** Each bar takes its stance's colour. */
const stanceFill = (bar: BarShapeProps) => categoryColor(bar.payload?.stance ?? null)

/** The stance a bar filters by; Mixed filters by none, as no statement is "mixed". */
const pickable = (category: StanceCategory | undefined): StanceId | null =>
  category && category !== 'mixed' ? category : null

/**
 * Actors' bars are filled, statements' bars outlined: a difference that reads the same in either
 * theme, where a lighter shade would turn darker on a dark card.
 */
export const distributionLegend: LegendItem[] = [
  { mark: 'filled', color: colors.muted, label: 'Actors (filled bars)' },
  { mark: 'outlined', color: colors.muted, label: 'Statements (outlined bars)' },
]

type Props = {
  counts: readonly StanceCount[]
  labels: CodebookLabels
  asTable: boolean
  /** Absent where the chart filters nothing. */
  onPickStance?: (stance: StanceId) => void
  /** Drawn at this width for a download, without the page's tooltip. */
  svg?: SvgMode
}

/**
 * A bar that filters: reachable by Tab and used with Enter or Space, as a click uses it. The
 * download draws the bare bar.
 */
function PickableBar(props: { bar: ReactNode; name: string; onPick?: () => void }) {
  const { bar, name, onPick } = props
  if (!onPick) return bar
  return (
    <g
      className="chart-mark"
      role="button"
      tabIndex={0}
      aria-label={name}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return
        event.preventDefault()
        onPick()
      }}
    >
      {bar}
    </g>
  )
}

export function StanceDistributionChart({ counts, labels, asTable, onPickStance, svg }: Props) {
  const rows = counts.map((count) => ({ ...count, label: categoryLabel(count.stance, labels) }))
  const pick = (bar: BarShapeProps) => {
    const stance = pickable(bar.payload?.stance)
    return stance && onPickStance && !svg ? () => onPickStance(stance) : undefined
  }
  const barName = (bar: BarShapeProps, what: 'actors' | 'statements') => {
    const row = rows.find((item) => item.stance === bar.payload?.stance)
    const filters = pickable(bar.payload?.stance) ? '. Filter by this stance' : ''
    return `${row?.label ?? ''}: ${row?.[what] ?? 0} ${what}${filters}`
  }
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
          {
            key: 'statements',
            label: 'Statements',
            value: (row) => row.statements ?? -1,
            // A mixed actor's statements each take a stance, and are counted in its row.
            render: (row) => row.statements ?? 'Counted under each stance',
            numeric: true,
          },
        ]}
      />
    )
  }
  const chart = (
    <BarChart
      data={rows}
      margin={{ top: 22, right: 8, bottom: 8, left: 0 }}
      accessibilityLayer={!svg}
      {...(svg && { width: svg.width, height: 260 })}
    >
      <CartesianGrid vertical={false} stroke={colors.border} />
      <XAxis
        dataKey="label"
        tick={{ fill: colors.text, fontSize: 12, width: 80 }}
        interval={0}
        height={48}
      />
      <YAxis allowDecimals={false} tick={{ fill: colors.muted, fontSize: 12 }} width={32} />
      {!svg && (
        <Tooltip
          cursor={{ fill: colors.border, opacity: 0.4 }}
          contentStyle={{ background: colors.surface, borderColor: colors.border }}
        />
      )}
      <Bar
        isAnimationActive={false}
        dataKey="actors"
        name="Actors"
        shape={(bar: BarShapeProps) => (
          <PickableBar
            bar={<Rectangle {...bar} fill={stanceFill(bar)} />}
            name={barName(bar, 'actors')}
            onPick={pick(bar)}
          />
        )}
        cursor={onPickStance && 'pointer'}
        onClick={(entry: { payload?: { stance?: StanceCategory } }) => {
          const stance = pickable(entry.payload?.stance)
          if (stance) onPickStance?.(stance)
        }}
      >
        <LabelList
          dataKey="actors"
          position="top"
          fill={colors.text}
          fontSize={12}
          className="bar-value-actors"
        />
      </Bar>
      <Bar
        isAnimationActive={false}
        dataKey="statements"
        name="Statements"
        shape={(bar: BarShapeProps) => (
          <PickableBar
            bar={
              <Rectangle
                {...bar}
                className="bar-outlined"
                fill={colors.surface}
                stroke={stanceFill(bar)}
                strokeWidth={2}
              />
            }
            name={barName(bar, 'statements')}
            onPick={pick(bar)}
          />
        )}
        cursor={onPickStance && 'pointer'}
        onClick={(entry: { payload?: { stance?: StanceCategory } }) => {
          const stance = pickable(entry.payload?.stance)
          if (stance) onPickStance?.(stance)
        }}
      >
        <LabelList
          dataKey="statements"
          position="top"
          fill={colors.muted}
          fontSize={12}
          className="bar-value-statements"
        />
      </Bar>
    </BarChart>
  )
  if (svg) return chart
  return (
    <div className="chart-body" style={{ height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        {chart}
      </ResponsiveContainer>
    </div>
  )
}
