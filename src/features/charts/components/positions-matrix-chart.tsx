import { SortableTable } from '../../../components/sortable-table'
import { Pickable } from './pickable'
import type { CodebookLabels } from '../../../lib/labels'
import type { DimensionId } from '../../../lib/schemas/codebook'
import type { MatrixCell } from '../shape'

type Props = {
  actorIds: readonly string[]
  dimensions: readonly DimensionId[]
  cells: readonly MatrixCell[]
  labels: CodebookLabels
  actorName: (id: string) => string
  asTable: boolean
  /** Absent where the chart filters nothing. */
  onPickDimension?: (dimension: DimensionId) => void
}

const marks = { takes: '●', opposes: '✕' } as const

/** Actors by dimensions; a filled mark where the actor took the position. */
export function PositionsMatrixChart({
  actorIds,
  dimensions,
  cells,
  labels,
  actorName,
  asTable,
  onPickDimension,
}: Props) {
  const cellOf = (actorId: string, dimension: DimensionId) =>
    cells.find((cell) => cell.actorId === actorId && cell.dimension === dimension)
  const words = (cell: MatrixCell | undefined) =>
    cell?.value === 'takes'
      ? `Yes${cell.parties.length ? ` (${cell.parties.map(actorName).join(', ')})` : ''}`
      : cell?.value === 'opposes'
        ? 'Said the opposite'
        : 'No'
  if (asTable) {
    return (
      <SortableTable
        caption="Positions taken by each actor"
        rows={actorIds.map((id) => ({ id }))}
        rowKey={(row) => row.id}
        columns={[
          { key: 'actor', label: 'Actor', value: (row) => actorName(row.id) },
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
    <div
      className="matrix"
      style={{
        gridTemplateColumns: `minmax(6rem, auto) repeat(${dimensions.length}, minmax(2rem, 1fr))`,
      }}
    >
      <span />
      {dimensions.map((dimension) => (
        <Pickable
          key={dimension}
          className="matrix-head"
          onPick={onPickDimension && (() => onPickDimension(dimension))}
          name={`${labels.dimension(dimension)}: show only actors who took it`}
        >
          {labels.dimension(dimension)}
        </Pickable>
      ))}
      {actorIds.map((actorId) => [
        <span key={`${actorId}-name`} className="matrix-row-head">
          {actorName(actorId)}
        </span>,
        ...dimensions.map((dimension) => {
          const cell = cellOf(actorId, dimension)
          const said = `${actorName(actorId)}, ${labels.dimension(dimension)}: ${words(cell)}`
          return (
            <Pickable
              key={`${actorId}-${dimension}`}
              className="matrix-cell"
              value={cell?.value ?? 'none'}
              title={`${actorName(actorId)} · ${labels.dimension(dimension)}: ${words(cell)}`}
              name={said}
              description={said}
              onPick={onPickDimension && (() => onPickDimension(dimension))}
            >
              {cell?.value ? marks[cell.value] : ''}
            </Pickable>
          )
        }),
      ])}
    </div>
  )
}
