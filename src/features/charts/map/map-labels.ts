type Label = { code: string; x: number; y: number; text: string }
const labelGlyph = 6.2

/**
 * Neighbours' names would overlap at their centres (Armenia and Azerbaijan in the inset): the
 * western one ends at its centre and the eastern one starts at its own, so both stay readable.
 * A name that would run past the inset's edge (Azerbaijan on a phone) moves back inside, taking
 * the neighbour it was set against with it.
 */
export function spreadLabels(
  labels: readonly Label[],
  width = Infinity,
): (Label & { anchor: 'start' | 'middle' | 'end' })[] {
  const sorted = [...labels].sort((a, b) => a.x - b.x)
  const anchors = sorted.map((): 'start' | 'middle' | 'end' => 'middle')
  const paired = sorted.map(() => false)
  sorted.forEach((label, index) => {
    const next = sorted[index + 1]
    if (!next || Math.abs(next.y - label.y) > 14) return
    const room = ((label.text.length + next.text.length) * labelGlyph) / 2
    if (next.x - label.x < room) {
      anchors[index] = 'end'
      anchors[index + 1] = 'start'
      paired[index] = true
    }
  })
  const placed = sorted.map((label, index) => ({ ...label, anchor: anchors[index] ?? 'middle' }))
  const span = (label: (typeof placed)[number]) => {
    const length = label.text.length * labelGlyph
    const left = label.anchor === 'start' ? 0 : label.anchor === 'end' ? -length : -length / 2
    return { left: label.x + left, right: label.x + left + length }
  }
  const edge = 4
  // From the east: each name ends inside the inset, and a paired name before the one after it.
  for (let index = placed.length - 1; index >= 0; index -= 1) {
    const label = placed[index]
    const after = placed[index + 1]
    if (!label) continue
    const limit = paired[index] && after ? span(after).left - edge : width - edge
    const overflow = span(label).right - limit
    if (overflow > 0) label.x -= overflow
    const under = edge - span(label).left
    if (under > 0 && !paired[index]) label.x += under
  }
  return placed
}
