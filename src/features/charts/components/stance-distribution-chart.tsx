import type { ReactNode } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type XAxisTickContentProps,
} from 'recharts'
import { ChartBody } from './chart-body'
import { SortableTable } from '../../../components/sortable-table'
import { MarkedName, useYours } from './yours-in-chart'
import type { CodebookLabels } from '../../../lib/labels'
import type { StanceId } from '../../../lib/vocabulary'
import { categoryLabel } from '../describe'
import type { StanceCategory, StanceCount } from '../shape'
import { tooltipBox, colors, type ChartMode, type LegendItem } from './marks'
import { PickableMark } from './pickable'

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

/**
 * A stance's name under its bars, wrapped to the width of its own band: on a phone the bands are
 * narrower than a fixed width, and two neighbours' names would run into each other.
 */
function BandTick({ x, y, width, visibleTicksCount, payload, className }: XAxisTickContentProps) {
  const band = (Number(width) || 0) / Math.max(1, visibleTicksCount)
  return (
    <Text
      className={className}
      x={x}
      y={y}
      width={Math.max(40, band - 6)}
      textAnchor="middle"
      verticalAnchor="start"
      fontSize={12}
      fill={colors.text}
    >
      {String(payload.value)}
    </Text>
  )
}

type Props = ChartMode & {
  counts: readonly StanceCount[]
  labels: CodebookLabels
  /** Absent where the chart filters nothing. */
  onPickStance?: (stance: StanceId) => void
}

export function StanceDistributionChart({ counts, labels, asTable, onPickStance, svg }: Props) {
  const yours = useYours()
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
  // Actors' and statements' bars differ only in their drawing and their number's colour.
  const bar = (
    what: 'actors' | 'statements',
    name: string,
    draw: (props: BarShapeProps) => ReactNode,
  ) => (
    <Bar
      isAnimationActive={false}
      dataKey={what}
      name={name}
      shape={(props: BarShapeProps) => (
        <PickableMark name={barName(props, what)} onPick={pick(props)}>
          {draw(props)}
        </PickableMark>
      )}
      cursor={onPickStance && 'pointer'}
      onClick={(entry: { payload?: { stance?: StanceCategory } }) => {
        const stance = pickable(entry.payload?.stance)
        if (stance) onPickStance?.(stance)
      }}
    >
      <LabelList
        dataKey={what}
        position="top"
        fill={what === 'actors' ? colors.text : colors.muted}
        fontSize={12}
        className={`bar-value-${what}`}
      />
    </Bar>
  )
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
            // A stance some of the analyst's own statements take counts them in its row.
            render: (row) => (
              <MarkedName
                name={row.label}
                yours={row.stance !== 'mixed' && yours.stances.has(row.stance)}
              />
            ),
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
      // Bars that filter are the chart's keyboard stop; recharts' own would be a second one.
      accessibilityLayer={!svg && !onPickStance}
      {...(svg && { width: svg.width, height: 260 })}
    >
      <CartesianGrid vertical={false} stroke={colors.border} />
      <XAxis
        dataKey="label"
        tick={(props: XAxisTickContentProps) => <BandTick {...props} />}
        interval={0}
        height={62}
      />
      <YAxis allowDecimals={false} tick={{ fill: colors.muted, fontSize: 12 }} width={32} />
      {!svg && <Tooltip cursor={{ fill: colors.border, opacity: 0.4 }} contentStyle={tooltipBox} />}
      {bar('actors', 'Actors', (props) => (
        <Rectangle {...props} fill={stanceFill(props)} />
      ))}
      {bar('statements', 'Statements', (props) => (
        <Rectangle
          {...props}
          className="bar-outlined"
          fill={colors.surface}
          stroke={stanceFill(props)}
          strokeWidth={2}
        />
      ))}
    </BarChart>
  )
  return (
    <ChartBody svg={svg} height={260}>
      {chart}
    </ChartBody>
  )
}
