import type { CodebookLabels } from '../../../lib/labels'
import type { SpectrumColumn } from '../shape'
import type { DrawChart } from './document'
import { el, lineHeight, text, textLines, wrap } from './svg'

const name = { size: 13 }
const heading = { size: 13, weight: 700 } as const
const axisFont = { size: 12 }

/** Images of the flags by emblem, as data URLs; a flag left out is simply not drawn. */
export type FlagImages = ReadonlyMap<string, string>

/** One lane per stance along the scale, each actor in its lane with its flag. */
export const drawSpectrum =
  (columns: readonly SpectrumColumn[], labels: CodebookLabels, flags: FlagImages): DrawChart =>
  ({ width, palette, measure }) => {
    const parts: string[] = []
    const left = 'Supports the operation'
    const right = 'Condemns it'
    const leftEnd = measure(left, axisFont) + 10
    const rightStart = width - measure(right, axisFont) - 10
    parts.push(
      text(left, { x: 0, y: 12, 'font-size': axisFont.size, fill: palette.muted }),
      text(right, {
        x: width,
        y: 12,
        'font-size': axisFont.size,
        'text-anchor': 'end',
        fill: palette.muted,
      }),
      el('path', {
        d: `M${leftEnd + 6} 4L${leftEnd} 8L${leftEnd + 6} 12M${leftEnd} 8H${rightStart}M${rightStart - 6} 4L${rightStart} 8L${rightStart - 6} 12`,
        stroke: palette.muted,
        'stroke-width': 1.5,
        fill: 'none',
      }),
    )
    const top = 26
    const gap = 12
    const lane = (width - gap * (columns.length - 1)) / Math.max(1, columns.length)
    const row = 26
    const headings = columns.map((column) =>
      wrap(labels.stance(column.stance), lane - 8, heading, measure),
    )
    const headingHeight =
      Math.max(1, ...headings.map((lines) => lines.length)) * lineHeight(heading)
    const rows = Math.max(1, ...columns.map((column) => column.actors.length))
    const laneHeight = 4 + 8 + headingHeight + 6 + rows * row
    columns.forEach((column, index) => {
      const x = index * (lane + gap)
      parts.push(
        el('rect', { x, y: top, width: lane, height: 4, fill: palette.stance[column.stance] }),
        textLines(headings[index] ?? [], x, top + 12 + heading.size, heading, {
          fill: palette.text,
        }),
      )
      const listTop = top + 12 + headingHeight + 6
      if (column.actors.length === 0)
        parts.push(
          text('None', {
            x,
            y: listTop + 17,
            'font-size': name.size,
            'font-style': 'italic',
            fill: palette.muted,
          }),
        )
      column.actors.forEach((actor, place) => {
        const y = listTop + place * row
        const flag = flags.get(actor.emblem)
        if (flag)
          parts.push(
            el('image', { href: flag, x, y: y + 5, width: 20, height: 15 }),
            el('rect', {
              x: x + 0.25,
              y: y + 5.25,
              width: 19.5,
              height: 14.5,
              fill: 'none',
              stroke: palette.border,
              'stroke-width': 0.5,
            }),
          )
        parts.push(
          text(actor.shortName, {
            x: x + (flag ? 28 : 0),
            y: y + 17,
            'font-size': name.size,
            fill: palette.text,
          }),
        )
      })
    })
    return { svg: parts.join(''), height: top + laneHeight }
  }
