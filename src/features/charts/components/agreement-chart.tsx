import { SortableTable } from '../../../components/sortable-table'
import { percent } from '../describe'
import { Pickable } from './pickable'
import type { AgreementCell } from '../shape'

type Props = {
  actorIds: readonly string[]
  cells: readonly AgreementCell[]
  actorName: (id: string) => string
  asTable: boolean
  /** Absent where the chart filters nothing. */
  onPickPair?: (a: string, b: string) => void
}

/** A heat map of pairwise agreement; darker is closer, and every cell also prints its number. */
export function AgreementChart({ actorIds, cells, actorName, asTable, onPickPair }: Props) {
  const cellOf = (a: string, b: string) => cells.find((cell) => cell.a === a && cell.b === b)
  if (asTable) {
    const pairs = cells.filter((cell) => cell.a < cell.b)
    return (
      <SortableTable
        caption="Agreement between each pair of actors"
        rows={pairs}
        rowKey={(cell) => `${cell.a}-${cell.b}`}
        columns={[
          {
            key: 'pair',
            label: 'Pair',
            value: (cell) => `${actorName(cell.a)} – ${actorName(cell.b)}`,
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
    <div
      className="matrix heatmap"
      style={{
        gridTemplateColumns: `minmax(7rem, auto) repeat(${actorIds.length}, minmax(2.5rem, 1fr))`,
      }}
    >
      <span />
      {actorIds.map((id) => (
        <span key={id} className="matrix-head">
          {actorName(id)}
        </span>
      ))}
      {actorIds.map((a) => [
        <span key={`${a}-name`} className="matrix-row-head">
          {actorName(a)}
        </span>,
        ...actorIds.map((b) => {
          const cell = cellOf(a, b)
          const score = cell?.score ?? null
          const said = `${actorName(a)} and ${actorName(b)}: ${percent(score)} agreement`
          return (
            <Pickable
              key={`${a}-${b}`}
              className="heatmap-cell"
              style={{
                backgroundColor: `color-mix(in srgb, var(--accent) ${Math.round((score ?? 0) * 100)}%, var(--surface))`,
              }}
              name={said}
              description={said}
              title={`${actorName(a)} and ${actorName(b)}: ${percent(score)}${cell ? ` (${cell.shared} of ${cell.considered} dimensions)` : ''}`}
              onPick={onPickPair && (() => onPickPair(a, b))}
            >
              {/* The number sits on the card's own colour, so it stays legible on any shade. */}
              <span className="heat-value">{percent(score)}</span>
            </Pickable>
          )
        }),
      ])}
    </div>
  )
}
