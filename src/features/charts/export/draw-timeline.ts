import { formatShortDayAt } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import { stanceIds } from '../../../lib/schemas/codebook'
import type { TimelinePoint } from '../shape'
import { diamond, type DrawChart, type LegendItem } from './document'
import { el, lineHeight, text, textLines, wrap } from './svg'

const name = { size: 13 }
const tick = { size: 12 }
const key = { size: 12 }
const day = 86_400_000

type Milestone = { id: string; label: string; at: number }

/** A row per actor along the days, numbered milestone lines, and the milestones' key below. */
export const drawTimeline =
  (
    points: readonly TimelinePoint[],
    milestones: readonly Milestone[],
    range: { start: number; end: number },
    labels: CodebookLabels,
  ): DrawChart =>
  ({ width, palette, measure }) => {
    const actors = [...new Set(points.map((point) => point.actorName))]
    const labelWidth = Math.max(48, ...actors.map((actor) => measure(actor, name))) + 14
    const top = 20
    const row = 30
    const plotHeight = Math.max(1, actors.length) * row
    const plotWidth = width - labelWidth - 8
    const x = (at: number) =>
      labelWidth + ((at - range.start) / (range.end - range.start)) * plotWidth
    const y = (actor: string) => top + (actors.indexOf(actor) + 0.5) * row
    const parts: string[] = [
      el('rect', {
        x: labelWidth,
        y: top,
        width: plotWidth,
        height: plotHeight,
        fill: 'none',
        stroke: palette.border,
      }),
    ]
    for (const actor of actors)
      parts.push(
        el('line', {
          x1: labelWidth,
          x2: labelWidth + plotWidth,
          y1: y(actor),
          y2: y(actor),
          stroke: palette.border,
        }),
        text(actor, {
          x: labelWidth - 10,
          y: y(actor) + 4.5,
          'font-size': name.size,
          'text-anchor': 'end',
          fill: palette.text,
        }),
      )
    for (let start = range.start; start < range.end; start += day)
      parts.push(
        el('line', {
          x1: x(start + day / 2),
          x2: x(start + day / 2),
          y1: top,
          y2: top + plotHeight,
          stroke: palette.border,
        }),
        text(formatShortDayAt(start + day / 2), {
          x: x(start + day / 2),
          y: top + plotHeight + 18,
          'font-size': tick.size,
          'text-anchor': 'middle',
          fill: palette.text,
        }),
      )
    milestones.forEach((milestone, index) => {
      parts.push(
        el('line', {
          x1: x(milestone.at),
          x2: x(milestone.at),
          y1: top,
          y2: top + plotHeight,
          stroke: palette.muted,
          'stroke-dasharray': '4 3',
        }),
        text(String(index + 1), {
          x: x(milestone.at),
          y: top - 6,
          'font-size': tick.size,
          'font-weight': 700,
          'text-anchor': 'middle',
          fill: palette.text,
        }),
      )
    })
    for (const point of points) {
      const color = point.stance ? palette.stance[point.stance] : palette.muted
      const cx = x(point.at)
      const cy = y(point.actorName)
      parts.push(
        point.precise
          ? el('circle', {
              cx,
              cy,
              r: 7,
              fill: color,
              stroke: palette.surface,
              'stroke-width': 1.5,
            })
          : diamond(cx, cy, 8, color, palette.surface, 2.5),
      )
    }
    let keyTop = top + plotHeight + 34
    milestones.forEach((milestone, index) => {
      const lines = wrap(`${index + 1}. ${milestone.label}`, width, key, measure)
      parts.push(textLines(lines, 0, keyTop + key.size, key, { fill: palette.text }))
      keyTop += lines.length * lineHeight(key)
    })
    const legend: LegendItem[] = stanceIds.map((stance) => ({
      mark: 'dot',
      color: palette.stance[stance],
      label: labels.stance(stance),
    }))
    if (points.some((point) => point.stance === null))
      legend.push({ mark: 'dot', color: palette.muted, label: 'No stance' })
    legend.push({ mark: 'diamond', color: palette.muted, label: 'No day given' })
    return { svg: parts.join(''), height: keyTop, legend }
  }
