import { SortableTable } from '../../../components/sortable-table'
import { MarkedName, useYours } from './yours-in-chart'
import { percent } from '../describe'
import { ChartGrid } from './chart-grid'
import { Pickable } from './pickable'
import type { AgreementCell } from '../shape'
import { createMeasure } from '../text-measure'
import { colors, inset, TextLines, type SvgMode } from './marks'
import { RowHeading, rowHeadWidth } from './positions-matrix-chart'

type Props = {
  actorIds: readonly string[]
  cells: readonly AgreementCell[]
  actorName: (id: string) => string
  asTable: boolean
  /** Absent where the chart filters nothing. */
  onPickPair?: (a: string, b: string) => void
  /** Drawn as SVG at this width, for a download. */
  svg?: SvgMode
  /** Why only some actors are shown, for the table's caption. */
  note?: string | null
}

const nameFont = { size: 13 }
const valueFont = { size: 12 }
const gridRow = 32

function AgreementSvg(props: {
  actorIds: readonly string[]
  scoreOf: (a: string, b: string) => number | null
  actorName: (id: string) => string
  svg: SvgMode
}) {
  const { actorIds, scoreOf, actorName, svg } = props
  const measure = svg.measure ?? createMeasure()
  const names = actorIds.map(actorName)
  const left = rowHeadWidth(names, measure)
  const column = Math.min(72, (svg.width - left) / Math.max(1, actorIds.length))
  // Column headings run upwards, so long names need no wrapping.
  const top = Math.max(0, ...names.map((item) => measure(item, nameFont))) + 12
  return (
    <svg width={svg.width} height={top + actorIds.length * gridRow}>
      {names.map((item, index) => {
        const x = left + column * (index + 0.5) + 4.5
        return (
          <text
            key={item}
            x={x}
            y={top - 8}
            transform={`rotate(-90 ${x} ${top - 8})`}
            fontSize={nameFont.size}
            style={{ fill: colors.text }}
          >
            {item}
          </text>
        )
      })}
      {actorIds.map((a, index) => {
        const y = top + index * gridRow
        return (
          <g key={a}>
            <RowHeading label={actorName(a)} y={y} />
            {actorIds.map((b, place) => {
              const score = scoreOf(a, b)
              const x = left + place * column
              const label = percent(score)
              const labelWidth = measure(label, valueFont) + 8
              return (
                <g key={b}>
                  <rect
                    {...inset(x, y, column, gridRow, 1)}
                    rx={4}
                    style={{ fill: colors.heat(score ?? 0), stroke: colors.border }}
                  />
                  <rect
                    x={x + column / 2 - labelWidth / 2}
                    y={y + gridRow / 2 - 9}
                    width={labelWidth}
                    height={18}
                    rx={3}
                    style={{ fill: colors.surface }}
                  />
                  <TextLines
                    lines={[label]}
                    x={x + column / 2}
                    y={y + gridRow / 2 + 4}
                    font={valueFont}
                    anchor="middle"
                  />
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}

/** A heat map of pairwise agreement; darker is closer, and every cell also prints its number. */
export function AgreementChart(props: Props) {
  const { actorIds, cells, actorName, asTable, onPickPair, svg, note } = props
  const yours = useYours()
  // Looked up by key: a search of every cell for each cell grows with the fourth power of actors.
  const byPair = new Map(cells.map((cell) => [`${cell.a} ${cell.b}`, cell]))
  const cellOf = (a: string, b: string) => byPair.get(`${a} ${b}`)
  if (svg)
    return (
      <AgreementSvg
        actorIds={actorIds}
        scoreOf={(a, b) => cellOf(a, b)?.score ?? null}
        actorName={actorName}
        svg={svg}
      />
    )
  if (asTable) {
    const pairs = cells.filter((cell) => cell.a < cell.b)
    return (
      <SortableTable
        caption={`Agreement between each pair of actors${note ? `. ${note}` : ''}`}
        rows={pairs}
        rowKey={(cell) => `${cell.a}-${cell.b}`}
        columns={[
          {
            key: 'pair',
            label: 'Pair',
            value: (cell) => `${actorName(cell.a)} – ${actorName(cell.b)}`,
            render: (cell) => (
              <>
                <MarkedName name={actorName(cell.a)} yours={yours.actors.has(cell.a)} /> –{' '}
                <MarkedName name={actorName(cell.b)} yours={yours.actors.has(cell.b)} />
              </>
            ),
          },
          {
            key: 'score',
            label: 'Agreement',
            value: (cell) => cell.score ?? -1,
            render: (cell) => percent(cell.score),
            numeric: true,
          },
          {
            key: 'shared',
            label: 'Same position on',
            value: (cell) => cell.shared,
            render: (cell) => `${cell.shared} of ${cell.considered} dimensions`,
            numeric: true,
          },
        ]}
      />
    )
  }
  return (
    <ChartGrid
      label="Agreement by pair"
      className="matrix heatmap"
      tracks={{ heading: 'minmax(7rem, auto)', cell: 'minmax(2.5rem, 1fr)' }}
      rows={actorIds}
      rowName={actorName}
      columns={actorIds}
      columnKey={(id) => id}
      headClassName="matrix-head"
      head={(id, keys) => (
        <span {...keys} className="grid-focus">
          {actorName(id)}
        </span>
      )}
      cell={(a, b, keys) => {
        const cell = cellOf(a, b)
        const score = cell?.score ?? null
        const said = `${actorName(a)} and ${actorName(b)}: ${percent(score)} agreement`
        return (
          <Pickable
            className="heatmap-cell"
            style={{ backgroundColor: colors.heat(score ?? 0) }}
            name={said}
            description={said}
            title={`${actorName(a)} and ${actorName(b)}: ${percent(score)}${cell ? ` (${cell.shared} of ${cell.considered} dimensions)` : ''}`}
            onPick={onPickPair && (() => onPickPair(a, b))}
            keys={keys}
          >
            {/* The number sits on the card's own colour, so it stays legible on any shade. */}
            <span className="heat-value">{percent(score)}</span>
          </Pickable>
        )
      }}
    />
  )
}
