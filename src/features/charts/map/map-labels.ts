import type { Font, Measure } from '../text-measure'

type Label = { code: string; x: number; y: number; text: string }
/** A placed name: set from `x` (its left end, text-anchor start), `width` as measured. */
export type PlacedLabel = Label & { anchor: 'start'; width: number }

/** The names' type, as map.css sets `.map-label`. */
export const labelFont: Font = { size: 11 }
/** Space kept between two names, and between a name and the inset's edge. */
const gap = 4
/** Names further apart than this, up or down, do not share a line. */
const lineStep = labelFont.size + 3

const overlap = (a: PlacedLabel, b: PlacedLabel) =>
  Math.abs(a.y - b.y) < lineStep && a.x < b.x + b.width + gap && b.x < a.x + a.width + gap

/**
 * Places the inset's names by their measured widths, never by a guessed glyph width: each is
 * centred on its country, kept inside the inset, and moved clear of its neighbours. Names that
 * would overlap on one line (Armenia and Azerbaijan) are set side by side, the western one ending
 * where the eastern one begins; where the inset is too narrow for both, the later one moves a
 * line down.
 */
export function spreadLabels(
  labels: readonly Label[],
  width: number,
  measure: Measure,
): PlacedLabel[] {
  const inside = (label: PlacedLabel) => {
    label.x = Math.max(gap, Math.min(label.x, width - gap - label.width))
  }
  const placed: PlacedLabel[] = []
  for (const label of [...labels].sort((a, b) => a.x - b.x)) {
    const size = measure(label.text, labelFont)
    const next: PlacedLabel = { ...label, anchor: 'start', width: size, x: label.x - size / 2 }
    inside(next)
    // Clear of every name placed before: beside the one it meets, else a line down.
    for (let tries = 0; tries < 4; tries += 1) {
      const met = placed.find((other) => overlap(other, next))
      if (!met) break
      // Side by side, split at the midpoint of the two countries' centres.
      const split = (met.x + met.width / 2 + next.x + next.width / 2) / 2
      const west = split - gap / 2 - met.width
      const east = split + gap / 2
      if (west >= gap && east + next.width <= width - gap) {
        met.x = west
        next.x = east
        if (!placed.some((other) => other !== met && overlap(other, met))) continue
      }
      next.y += lineStep
    }
    placed.push(next)
  }
  return placed
}
