import { SortableTable } from '../../../components/sortable-table'
import { Flag, flagSources } from '../../../components/flag'
import { Pickable } from './pickable'
import type { CodebookLabels } from '../../../lib/labels'
import type { SpectrumColumn } from '../shape'
import { createMeasure, lineHeight, wrap } from '../text-measure'
import { colors, TextLines, type SvgMode } from './marks'

type Props = {
  columns: readonly SpectrumColumn[]
  labels: CodebookLabels
  asTable: boolean
  /** Absent where the chart filters nothing. */
  onPickActor?: (actorId: string) => void
  /** Drawn as SVG at this width, for a download. */
  svg?: SvgMode
}

/** The scale's two ends, as both drawings label them. */
const ends = { left: 'Supports the operation', right: 'Condemns it' }
const nameFont = { size: 13 }
const headingFont = { size: 13, weight: 700 } as const
const axisFont = { size: 12 }

/** The lanes as SVG: the same columns, colours and labels as on the page, laid out at a width. */
function SpectrumSvg({
  columns,
  labels,
  svg,
}: {
  columns: readonly SpectrumColumn[]
  labels: CodebookLabels
  svg: SvgMode
}) {
  const measure = svg.measure ?? createMeasure()
  const { width } = svg
  const leftEnd = measure(ends.left, axisFont) + 10
  const rightStart = width - measure(ends.right, axisFont) - 10
  const top = 26
  const gap = 12
  const lane = (width - gap * (columns.length - 1)) / Math.max(1, columns.length)
  const row = 26
  const headings = columns.map((column) =>
    wrap(labels.stance(column.stance), lane - 8, headingFont, measure),
  )
  const headingHeight =
    Math.max(1, ...headings.map((lines) => lines.length)) * lineHeight(headingFont)
  const rows = Math.max(1, ...columns.map((column) => column.actors.length))
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
        return (
          <g key={column.stance}>
            <rect
              x={x}
              y={top}
              width={lane}
              height={4}
              style={{ fill: colors.stance(column.stance) }}
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
            {column.actors.map((actor, place) => {
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
export function StanceSpectrumChart({ columns, labels, asTable, onPickActor, svg }: Props) {
  if (svg) return <SpectrumSvg columns={columns} labels={labels} svg={svg} />
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
        <span>{ends.left}</span>
        <span>{ends.right}</span>
      </div>
      <ol className="spectrum-lanes">
        {columns.map((column) => (
          <li
            key={column.stance}
            className="spectrum-lane"
            style={{ borderTopColor: colors.stance(column.stance) }}
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
