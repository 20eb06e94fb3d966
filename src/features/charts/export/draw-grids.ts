import type { CodebookLabels } from '../../../lib/labels'
import type { DimensionId } from '../../../lib/schemas/codebook'
import { percent } from '../describe'
import type { AgreementCell, MatrixCell } from '../shape'
import { cross, type DrawChart } from './document'
import { mix } from './palette'
import { el, lineHeight, text, textLines, wrap, type Font, type Measure } from './svg'

const name = { size: 13 }
const heading = { size: 12, weight: 700 } as const
const row = 32

/** The width of the row headings: the longest name and some air. */
const headWidth = (names: readonly string[], measure: Measure, font: Font) =>
  Math.max(48, ...names.map((item) => measure(item, font))) + 14

const rowHeading = (label: string, y: number, fill: string) =>
  text(label, { x: 0, y: y + row / 2 + 4.5, 'font-size': name.size, fill })

/** Actors by dimensions: a filled dot where the actor took the position, a cross for the opposite. */
export const drawMatrix =
  (
    actorIds: readonly string[],
    dimensions: readonly DimensionId[],
    cells: readonly MatrixCell[],
    labels: CodebookLabels,
    actorName: (id: string) => string,
  ): DrawChart =>
  ({ width, palette, measure }) => {
    const left = headWidth(actorIds.map(actorName), measure, name)
    const column = (width - left) / Math.max(1, dimensions.length)
    const headings = dimensions.map((dimension) =>
      wrap(labels.dimension(dimension), column - 8, heading, measure),
    )
    const top = Math.max(1, ...headings.map((lines) => lines.length)) * lineHeight(heading) + 8
    const parts: string[] = headings.map((lines, index) =>
      textLines(lines, left + column * (index + 0.5), heading.size, heading, {
        'text-anchor': 'middle',
        fill: palette.text,
      }),
    )
    actorIds.forEach((actorId, index) => {
      const y = top + index * row
      parts.push(rowHeading(actorName(actorId), y, palette.text))
      dimensions.forEach((dimension, place) => {
        const value = cells.find(
          (cell) => cell.actorId === actorId && cell.dimension === dimension,
        )?.value
        const x = left + place * column
        const cx = x + column / 2
        const cy = y + row / 2
        parts.push(
          el('rect', {
            x: x + 2,
            y: y + 2,
            width: column - 4,
            height: row - 4,
            rx: 4,
            fill: value === 'takes' ? mix(palette.surface, palette.accent, 0.22) : palette.bg,
            stroke: palette.border,
          }),
        )
        if (value === 'takes') parts.push(el('circle', { cx, cy, r: 6, fill: palette.accent }))
        if (value === 'opposes') parts.push(cross(cx, cy, 5, palette.text))
      })
    })
    return {
      svg: parts.join(''),
      height: top + actorIds.length * row,
      legend: [
        { mark: 'takes', color: palette.accent, label: 'Took the position' },
        { mark: 'opposes', color: palette.text, label: 'Said the opposite' },
      ],
    }
  }

/** Pairwise agreement as a heat map; every cell also prints its number. */
export const drawAgreement =
  (
    actorIds: readonly string[],
    cells: readonly AgreementCell[],
    actorName: (id: string) => string,
  ): DrawChart =>
  ({ width, palette, measure }) => {
    const names = actorIds.map(actorName)
    const left = headWidth(names, measure, name)
    const column = Math.min(72, (width - left) / Math.max(1, actorIds.length))
    // Column headings run upwards, as on the page, so long names need no wrapping.
    const top = Math.max(0, ...names.map((item) => measure(item, name))) + 12
    const parts: string[] = names.map((item, index) => {
      const x = left + column * (index + 0.5) + 4.5
      return text(item, {
        x,
        y: top - 8,
        transform: `rotate(-90 ${x} ${top - 8})`,
        'font-size': name.size,
        fill: palette.text,
      })
    })
    actorIds.forEach((a, index) => {
      const y = top + index * row
      parts.push(rowHeading(actorName(a), y, palette.text))
      actorIds.forEach((b, place) => {
        const score = cells.find((cell) => cell.a === a && cell.b === b)?.score ?? null
        const x = left + place * column
        const label = percent(score)
        const labelWidth = measure(label, { size: 12 }) + 8
        parts.push(
          el('rect', {
            x: x + 1,
            y: y + 1,
            width: column - 2,
            height: row - 2,
            rx: 4,
            fill: mix(palette.surface, palette.accent, score ?? 0),
            stroke: palette.border,
          }),
          el('rect', {
            x: x + column / 2 - labelWidth / 2,
            y: y + row / 2 - 9,
            width: labelWidth,
            height: 18,
            rx: 3,
            fill: palette.surface,
          }),
          text(label, {
            x: x + column / 2,
            y: y + row / 2 + 4,
            'font-size': 12,
            'text-anchor': 'middle',
            fill: palette.text,
          }),
        )
      })
    })
    return { svg: parts.join(''), height: top + actorIds.length * row }
  }
