import { SortableTable } from '../../../components/sortable-table'
import { Flag } from '../../../components/flag'
import { Pickable } from './pickable'
import type { CodebookLabels } from '../../../lib/labels'
import { stanceIds, type StanceId } from '../../../lib/vocabulary'
import { categoryLabel, placedStanceLabel } from '../describe'
import type { SpectrumColumn } from '../shape'
import { categoryColor } from './stance-distribution-chart'
import type { ChartMode } from './marks'
import { formatCount } from '../../../lib/format'
import { useRovingFocus } from '../../../lib/use-roving-focus'
import { endsOf, laneActors, moreText, rangeOf } from './stance-spectrum-lanes'
import { SpectrumSvg } from './stance-spectrum-svg'
import { MarkedName, useYours } from './yours-in-chart'

type Props = ChartMode & {
  columns: readonly SpectrumColumn[]
  labels: CodebookLabels
  /** Absent where the chart filters nothing. */
  onPickActor?: (actorId: string) => void
  /** At scale: each lane names only its first `named` actors and counts the rest. */
  named?: number
  /** Why the lanes are grouped, for the table's caption. */
  note?: string | null
}

const rankText = (stance: StanceId) => String(stanceIds.indexOf(stance) + 1)

/**
 * The scale drawn as a student would on a board: one lane per stance, each actor in its lane.
 * Plain HTML: flags and names lay out and wrap better than in SVG, and every actor is a button.
 */
export function StanceSpectrumChart(props: Props) {
  const { columns, labels, asTable, onPickActor, svg, named, note } = props
  const yours = useYours()
  const roving = useRovingFocus()
  if (svg) return <SpectrumSvg columns={columns} labels={labels} svg={svg} named={named} />
  if (asTable) {
    const rows = columns.flatMap((column, rank) =>
      column.actors.map((actor) => ({
        actor,
        // A mixed actor has no single place: it sorts after the four, and shows its span.
        rank: rank + 1,
        place: actor.summary.range
          ? `${rankText(actor.summary.range.from)} to ${rankText(actor.summary.range.to)}`
          : String(rank + 1),
        stance: placedStanceLabel(actor, labels),
      })),
    )
    return (
      <SortableTable
        caption={`Each actor’s place on the stance scale${note ? `. ${note}` : ''}`}
        rows={rows}
        rowKey={(row) => row.actor.id}
        columns={[
          {
            key: 'actor',
            label: 'Actor',
            value: (row) => row.actor.name,
            render: (row) => (
              <MarkedName name={row.actor.name} yours={yours.actors.has(row.actor.id)} />
            ),
          },
          {
            key: 'rank',
            label: 'Place on the scale (1 = supports, 4 = condemns)',
            value: (row) => row.rank,
            render: (row) => row.place,
            numeric: true,
          },
          { key: 'stance', label: 'Stance', value: (row) => row.stance },
        ]}
      />
    )
  }
  const ends = endsOf(labels)
  return (
    <div className="spectrum">
      <div className="spectrum-axis" aria-hidden="true">
        <span>{ends.left}</span>
        <span>{ends.right}</span>
      </div>
      <ol className="spectrum-lanes" {...roving}>
        {columns.map((column) => {
          const { shown, more } = laneActors(column, named)
          return (
            <li
              key={column.stance}
              className="spectrum-lane"
              style={{ borderTopColor: categoryColor(column.stance) }}
              data-stance={column.stance}
            >
              <p className="spectrum-label">
                {categoryLabel(column.stance, labels)}
                {named !== undefined && (
                  <span className="spectrum-count"> ({formatCount(column.actors.length)})</span>
                )}
              </p>
              <ul>
                {shown.map((actor) => {
                  const range = rangeOf(actor, labels)
                  return (
                    <li key={actor.id}>
                      <Pickable
                        className="spectrum-actor"
                        roving
                        onPick={onPickActor && (() => onPickActor(actor.id))}
                        name={`${actor.shortName}${range ? ` (${range})` : ''}: show only ${actor.name}`}
                        title={placedStanceLabel(actor, labels)}
                      >
                        <Flag emblem={actor.emblem} size={20} />
                        {actor.shortName}
                        {range && <span className="spectrum-range">{range}</span>}
                      </Pickable>
                    </li>
                  )
                })}
              </ul>
              {more > 0 && <p className="spectrum-more">{moreText(more)}</p>}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
