import type { CodebookLabels } from '../../../lib/labels'
import type { StanceCount } from '../shape'
import type { DrawChart } from './document'
import { el, lineHeight, text, textLines, wrap } from './svg'

const label = { size: 13 }
const value = { size: 13, weight: 700 } as const
const tick = { size: 12 }

/** Whole-number gridlines: every one up to six, then about five steps. */
function scale(max: number) {
  const step = max <= 6 ? 1 : Math.ceil(max / 5)
  return { step, top: Math.max(step, Math.ceil(max / step) * step) }
}

/** Paired bars per stance: actors solid, statements light, each with its number on top. */
export const drawDistribution =
  (counts: readonly StanceCount[], labels: CodebookLabels): DrawChart =>
  ({ width, palette, measure }) => {
    const axis = 32
    const top = 22
    const plot = 220
    const { step, top: topValue } = scale(
      Math.max(0, ...counts.flatMap((count) => [count.actors, count.statements])),
    )
    const y = (amount: number) => top + plot - (amount / topValue) * plot
    const parts: string[] = []
    for (let amount = 0; amount <= topValue; amount += step) {
      parts.push(
        el('line', { x1: axis, x2: width, y1: y(amount), y2: y(amount), stroke: palette.border }),
        text(String(amount), {
          x: axis - 8,
          y: y(amount) + 4,
          'font-size': tick.size,
          'text-anchor': 'end',
          fill: palette.muted,
        }),
      )
    }
    const band = (width - axis) / Math.max(1, counts.length)
    const barWidth = Math.min(48, band * 0.3)
    let labelLines = 1
    counts.forEach((count, index) => {
      const center = axis + band * (index + 0.5)
      const color = palette.stance[count.stance]
      const bars = [
        { amount: count.actors, x: center - barWidth - 2, light: false },
        { amount: count.statements, x: center + 2, light: true },
      ]
      for (const bar of bars) {
        if (bar.amount > 0)
          parts.push(
            el('rect', {
              x: bar.x,
              y: y(bar.amount),
              width: barWidth,
              height: y(0) - y(bar.amount),
              fill: color,
              'fill-opacity': bar.light ? 0.45 : undefined,
              stroke: bar.light ? color : undefined,
            }),
          )
        parts.push(
          text(String(bar.amount), {
            x: bar.x + barWidth / 2,
            y: y(bar.amount) - 6,
            'font-size': value.size,
            'font-weight': bar.light ? undefined : value.weight,
            'text-anchor': 'middle',
            fill: bar.light ? palette.muted : palette.text,
          }),
        )
      }
      const lines = wrap(labels.stance(count.stance), band - 12, label, measure)
      labelLines = Math.max(labelLines, lines.length)
      parts.push(
        textLines(lines, center, top + plot + 8 + label.size, label, {
          'text-anchor': 'middle',
          fill: palette.text,
        }),
      )
    })
    return {
      svg: parts.join(''),
      height: top + plot + 8 + labelLines * lineHeight(label),
      legend: [
        { mark: 'solid', color: palette.muted, label: 'Actors (solid)' },
        { mark: 'light', color: palette.muted, label: 'Statements (light)' },
      ],
    }
  }
