import { SortableTable } from '../../../components/sortable-table'
import { Flag } from '../../../components/flag'
import { Pickable } from './pickable'
import type { CodebookLabels } from '../../../lib/labels'
import type { SpectrumColumn } from '../shape'

type Props = {
  columns: readonly SpectrumColumn[]
  labels: CodebookLabels
  asTable: boolean
  /** Absent where the chart filters nothing. */
  onPickActor?: (actorId: string) => void
}

/**
 * The scale drawn as a student would on a board: one lane per stance, each actor in its lane.
 * Plain HTML: flags and names lay out and wrap better than in SVG, and every actor is a button.
 */
export function StanceSpectrumChart({ columns, labels, asTable, onPickActor }: Props) {
  if (asTable) {
    const rows = columns.flatMap((column, rank) =>
      column.actors.map((actor) => ({
        actor,
        rank: rank + 1,
        stance: labels.stance(column.stance),
      })),
    )
    return (
      <SortableTable
        caption="Each actor’s place on the stance scale"
        rows={rows}
        rowKey={(row) => row.actor.id}
        columns={[
          { key: 'actor', label: 'Actor', value: (row) => row.actor.name },
          {
            key: 'rank',
            label: 'Place on the scale (1 = supports, 4 = condemns)',
            value: (row) => row.rank,
            numeric: true,
          },
          { key: 'stance', label: 'Stance', value: (row) => row.stance },
        ]}
      />
    )
  }
  return (
    <div className="spectrum">
      <div className="spectrum-axis" aria-hidden="true">
        <span>Supports the operation</span>
        <span>Condemns it</span>
      </div>
      <ol className="spectrum-lanes">
        {columns.map((column) => (
          <li
            key={column.stance}
            className="spectrum-lane"
            style={{ borderTopColor: `var(--stance-${column.stance})` }}
          >
            <p className="spectrum-label">{labels.stance(column.stance)}</p>
            <ul>
              {column.actors.map((actor) => (
                <li key={actor.id}>
                  <Pickable
                    className="spectrum-actor"
                    onPick={onPickActor && (() => onPickActor(actor.id))}
                    name={`${actor.shortName}: show only ${actor.name}`}
                  >
                    <Flag emblem={actor.emblem} size={20} />
                    {actor.shortName}
                  </Pickable>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  )
}
