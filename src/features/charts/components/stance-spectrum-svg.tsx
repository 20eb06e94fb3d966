import { flagSources } from '../../../components/flag'
import type { CodebookLabels } from '../../../lib/labels'
import { categoryLabel } from '../describe'
import type { SpectrumColumn } from '../shape'
import { createMeasure, lineHeight, wrap } from '../text-measure'
import { colors, TextLines, type SvgMode } from './marks'
import { categoryColor } from './stance-distribution-chart'
import { endsOf, laneActors, moreText, rangeOf } from './stance-spectrum-lanes'
import { useYours } from './yours-in-chart'

const nameFont = { size: 13 }
const headingFont = { size: 13, weight: 700 } as const
const axisFont = { size: 12 }

/** The lanes as SVG: the same columns, colours and labels as on the page, laid out at a width. */
export function SpectrumSvg({
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
  const ends = endsOf(labels)
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
