import { SortableTable } from '../../../components/sortable-table'
import { MarkedName, useYours } from './yours-in-chart'
import { ChartGrid } from './chart-grid'
import { Pickable } from './pickable'
import type { CodebookLabels } from '../../../lib/labels'
import type { DimensionId } from '../../../lib/vocabulary'
import type { MatrixCell } from '../shape'
import { createMeasure, lineHeight, wrap, type Measure } from '../text-measure'
import { colors, Cross, inset, TextLines, type LegendItem, type SvgMode } from './marks'

type Props = {
  actorIds: readonly string[]
  dimensions: readonly DimensionId[]
  cells: readonly MatrixCell[]
  labels: CodebookLabels
  actorName: (id: string) => string
  asTable: boolean
  /** Absent where the chart filters nothing. */
  onPickDimension?: (dimension: DimensionId) => void
  /** Drawn as SVG at this width, for a download. */
  svg?: SvgMode
  /** Why only some actors are shown, for the table's caption. */
  note?: string | null
}

const marks = { takes: '●', opposes: '✕' } as const

/** A cell's shade and its mark's colour, on the page and in a download. */
const cellColors = (value: MatrixCell['value'] | undefined) => ({
  background: value === 'takes' ? colors.heat(0.22) : colors.bg,
  mark: value === 'takes' ? colors.accent : colors.text,
})

export const matrixLegend: LegendItem[] = [
  { mark: 'takes', color: colors.accent, label: 'Took the position' },
  { mark: 'opposes', color: colors.text, label: 'Said the opposite' },
]

const nameFont = { size: 13 }
const headingFont = { size: 12, weight: 700 } as const
const gridRow = 32

/** The width of the row headings: the longest name and some air. */
export const rowHeadWidth = (names: readonly string[], measure: Measure) =>
  Math.max(48, ...names.map((item) => measure(item, nameFont))) + 14

export function RowHeading({ label, y }: { label: string; y: number }) {
  return <TextLines lines={[label]} x={0} y={y + gridRow / 2 + 4.5} font={nameFont} />
}

/** The chart's own props, drawn as SVG for a download. */
function MatrixSvg(
  props: Pick<Props, 'actorIds' | 'dimensions' | 'labels' | 'actorName'> & {
    cellOf: (actorId: string, dimension: DimensionId) => MatrixCell | undefined
    svg: SvgMode
  },
) {
  const { actorIds, dimensions, cellOf, labels, actorName, svg } = props
  const measure = svg.measure ?? createMeasure()
  const left = rowHeadWidth(actorIds.map(actorName), measure)
  const column = (svg.width - left) / Math.max(1, dimensions.length)
  const headings = dimensions.map((dimension) =>
    wrap(labels.dimension(dimension), column - 8, headingFont, measure),
  )
  const top = Math.max(1, ...headings.map((lines) => lines.length)) * lineHeight(headingFont) + 8
  return (
    <svg width={svg.width} height={top + actorIds.length * gridRow}>
      {headings.map((lines, index) => (
        <TextLines
          key={index}
          lines={lines}
          x={left + column * (index + 0.5)}
          y={headingFont.size}
          font={headingFont}
          anchor="middle"
        />
      ))}
      {actorIds.map((actorId, index) => {
        const y = top + index * gridRow
        return (
          <g key={actorId}>
            <RowHeading label={actorName(actorId)} y={y} />
            {dimensions.map((dimension, place) => {
              const value = cellOf(actorId, dimension)?.value
              const shade = cellColors(value)
              const x = left + place * column
              const cx = x + column / 2
              const cy = y + gridRow / 2
              return (
                <g key={dimension}>
                  <rect
                    {...inset(x, y, column, gridRow, 2)}
                    rx={4}
                    style={{ fill: shade.background, stroke: colors.border }}
                  />
                  {value === 'takes' && (
                    <circle cx={cx} cy={cy} r={6} style={{ fill: shade.mark }} />
                  )}
                  {value === 'opposes' && <Cross cx={cx} cy={cy} r={5} color={shade.mark} />}
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}

/** Actors by dimensions; a filled mark where the actor took the position. */
export function PositionsMatrixChart(props: Props) {
  const { actorIds, dimensions, cells, labels, actorName, asTable, onPickDimension, svg, note } =
    props
  const yours = useYours()
  // Looked up by key: a search of every cell for each cell grows with the square of the actors.
  const byKey = new Map(cells.map((cell) => [`${cell.actorId} ${cell.dimension}`, cell]))
  const cellOf = (actorId: string, dimension: DimensionId) => byKey.get(`${actorId} ${dimension}`)
  const words = (cell: MatrixCell | undefined) =>
    cell?.value === 'takes'
      ? `Yes${cell.parties.length ? ` (${cell.parties.map(actorName).join(', ')})` : ''}`
      : cell?.value === 'opposes'
        ? 'Said the opposite'
        : 'No'
  if (svg) return <MatrixSvg {...props} cellOf={cellOf} svg={svg} />
  if (asTable) {
    return (
      <SortableTable
        caption={`Positions taken by each actor${note ? `. ${note}` : ''}`}
        rows={actorIds.map((id) => ({ id }))}
        rowKey={(row) => row.id}
        columns={[
          {
            key: 'actor',
            label: 'Actor',
            value: (row) => actorName(row.id),
            render: (row) => (
              <MarkedName name={actorName(row.id)} yours={yours.actors.has(row.id)} />
            ),
          },
          ...dimensions.map((dimension) => ({
            key: dimension,
            label: labels.dimension(dimension),
            value: (row: { id: string }) => words(cellOf(row.id, dimension)),
          })),
        ]}
      />
    )
  }
  return (
    <ChartGrid
      label="Positions by actor"
      className="matrix"
      tracks={{ heading: 'minmax(6rem, auto)', cell: 'minmax(2rem, 1fr)' }}
      rows={actorIds}
      rowName={actorName}
      columns={dimensions}
      columnKey={(dimension) => dimension}
      headClassName="grid-cell"
      head={(dimension, keys) => (
        <Pickable
          className="matrix-head"
          onPick={onPickDimension && (() => onPickDimension(dimension))}
          name={`${labels.dimension(dimension)}: show only actors who took it`}
          keys={keys}
        >
          {labels.dimension(dimension)}
        </Pickable>
      )}
      cell={(actorId, dimension, keys) => {
        const cell = cellOf(actorId, dimension)
        const said = `${actorName(actorId)}, ${labels.dimension(dimension)}: ${words(cell)}`
        return (
          <Pickable
            className="matrix-cell"
            value={cell?.value ?? 'none'}
            style={{
              background: cellColors(cell?.value).background,
              color: cellColors(cell?.value).mark,
            }}
            title={`${actorName(actorId)} · ${labels.dimension(dimension)}: ${words(cell)}`}
            name={said}
            description={said}
            onPick={onPickDimension && (() => onPickDimension(dimension))}
            keys={keys}
          >
            {cell?.value ? marks[cell.value] : ''}
          </Pickable>
        )
      }}
    />
  )
}
