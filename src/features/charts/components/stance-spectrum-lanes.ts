import type { CodebookLabels } from '../../../lib/labels'
import { formatCount } from '../../../lib/format'
import type { PlacedActor, SpectrumColumn } from '../shape'

/** A lane's actors as drawn: all of them, or the first `named` and how many more. */
export function laneActors(column: SpectrumColumn, named: number | undefined) {
  const shown = named === undefined ? column.actors : column.actors.slice(0, named)
  return { shown, more: column.actors.length - shown.length }
}
export const moreText = (more: number) => `and ${formatCount(more)} more`

/**
 * The scale's two ends, as both drawings label them: the codebook's first and last stances in the
 * words of the event in view ("Supports the operation", "Condemns the border closure").
 */
export const endsOf = (labels: CodebookLabels) => ({
  left: labels.stance('supports'),
  right: labels.stance('condemns'),
})

/** A mixed actor's range in words, lowest rank first; null for any other actor. */
export function rangeOf(actor: PlacedActor, labels: CodebookLabels): string | null {
  const range = actor.summary.range
  return range ? `${labels.stance(range.from)} – ${labels.stance(range.to)}` : null
}
