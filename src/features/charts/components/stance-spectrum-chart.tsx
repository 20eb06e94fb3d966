import { SortableTable } from '../../../components/sortable-table'
import { Flag, flagSources } from '../../../components/flag'
import { Pickable } from './pickable'
import type { CodebookLabels } from '../../../lib/labels'
import { stanceIds, type StanceId } from '../../../lib/vocabulary'
import { categoryLabel, placedStanceLabel } from '../describe'
import type { PlacedActor, SpectrumColumn } from '../shape'
import { categoryColor } from './stance-distribution-chart'
import { createMeasure, lineHeight, wrap } from '../text-measure'
import { colors, TextLines, type ChartMode, type SvgMode } from './marks'
import { formatCount } from '../../../lib/format'
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

/** A lane's actors as drawn: all of them, or the first `named` and how many more. */
function laneActors(column: SpectrumColumn, named: number | undefined) {
  const shown = named === undefined ? column.actors : column.actors.slice(0, named)
  return { shown, more: column.actors.length - shown.length }
}
const moreText = (more: number) => `and ${formatCount(more)} more`

const rankText = (stance: StanceId) => String(stanceIds.indexOf(stance) + 1)

/** The scale's two ends, as both drawings label them. */
const ends = { left: 'Supports the operation', right: 'Condemns it' }
const nameFont = { size: 13 }
const headingFont = { size: 13, weight: 700 } as const
const axisFont = { size: 12 }

/** A mixed actor's range in words, lowest rank first; null for any other actor. */
function rangeOf(actor: PlacedActor, labels: CodebookLabels): string | null {
  const range = actor.summary.range
  return range ? `${labels.stance(range.from)} – ${labels.stance(range.to)}` : null
}

/** The lanes as SVG: the same columns, colours and labels as on the page, laid out at a width. */
function SpectrumSvg({
  columns,
  labels,
  svg,
  named,
}: {
  columns: readonly SpectrumColumn[]
  labels: CodebookLabels
  svg: SvgMode
  named?: number
}) {
  const yours = useYours()
  const measure = svg.measure ?? createMeasure()
  const { width } = svg
  const leftEnd = measure(ends.left, axisFont) + 10
  const rightStart = width - measure(ends.right, axisFont) - 10
  const top = 26
  const gap = 12
  const lane = (width - gap * (columns.length - 1)) / Math.max(1, columns.length)
  const row = 26
  const headings = columns.map((column) =>
    wrap(categoryLabel(column.stance, labels), lane - 8, headingFont, measure),
  )
  const headingHeight =
    Math.max(1, ...headings.map((lines) => lines.length)) * lineHeight(headingFont)
  const lanes = columns.map((column) => laneActors(column, named))
  const rows = Math.max(1, ...lanes.map((lane) => lane.shown.length + (lane.more > 0 ? 1 : 0)))
  const height = top + 4 + 8 + headingHeight + 6 + rows * row
  const listTop = top + 12 + headingHeight + 6
  return (
    <svg width={width} height={height} fontSize={nameFont.size}>
      <TextLines lines={[ends.left]} x={0} y={12} font={axisFont} color={colors.muted} />
      <TextLines
        lines={[ends.right]}
        x={width}
        y={12}
        font={axisFont}
        color={colors.muted}
        anchor="end"
      />
      <path
        d={`M${leftEnd + 6} 4L${leftEnd} 8L${leftEnd + 6} 12M${leftEnd} 8H${rightStart}M${rightStart - 6} 4L${rightStart} 8L${rightStart - 6} 12`}
        style={{ stroke: colors.muted, strokeWidth: 1.5, fill: 'none' }}
      />
      {columns.map((column, index) => {
        const x = index * (lane + gap)
        const { shown, more } = lanes[index] ?? { shown: [], more: 0 }
        return (
          <g key={column.stance}>
            <rect
              x={x}
              y={top}
              width={lane}
              height={4}
              style={{ fill: categoryColor(column.stance) }}
            />
            <TextLines
              lines={headings[index] ?? []}
              x={x}
              y={top + 12 + headingFont.size}
              font={headingFont}
            />
            {column.actors.length === 0 && (
              <text x={x} y={listTop + 17} fontStyle="italic" style={{ fill: colors.muted }}>
                None
              </text>
            )}
            {more > 0 && (
              <text
                x={x}
                y={listTop + shown.length * row + 17}
                fontStyle="italic"
                style={{ fill: colors.muted }}
              >
                {moreText(more)}
              </text>
            )}
            {shown.map((actor, place) => {
              const y = listTop + place * row
              const flag = flagSources[actor.emblem]
              return (
                <g key={actor.id}>
                  {flag && (
                    <>
                      <image href={flag} x={x} y={y + 5} width={20} height={15} />
                      <rect
                        x={x + 0.25}
                        y={y + 5.25}
                        width={19.5}
                        height={14.5}
                        style={{ fill: 'none', stroke: colors.border, strokeWidth: 0.5 }}
                      />
                    </>
                  )}
                  <text x={x + (flag ? 28 : 0)} y={y + 17} style={{ fill: colors.text }}>
                    {actor.shortName}
                    {actor.summary.range && (
                      <tspan style={{ fill: colors.muted }}> ({rangeOf(actor, labels)})</tspan>
                    )}
                    {yours.actors.has(actor.id) && (
                      <tspan fontWeight={700} style={{ fill: colors.text }}>
                        {' '}
                        · Yours
                      </tspan>
                    )}
                  </text>
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}

/**
 * The scale drawn as a student would on a board: one lane per stance, each actor in its lane.
 * Plain HTML: flags and names lay out and wrap better than in SVG, and every actor is a button.
 */
export function StanceSpectrumChart(props: Props) {
  const { columns, labels, asTable, onPickActor, svg, named, note } = props
  const yours = useYours()
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
  return (
    <div className="spectrum">
      <div className="spectrum-axis" aria-hidden="true">
        <span>{ends.left}</span>
        <span>{ends.right}</span>
      </div>
      <ol className="spectrum-lanes">
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
