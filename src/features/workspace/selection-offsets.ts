/**
 * The selection as offsets into the stored text shown in `container`. The container's text nodes
 * are the stored text in order, so counting the characters of a range from the container's start
 * gives exact UTF-16 offsets, whatever curly quotes, accents or emoji the text holds.
 */
export function selectionOffsets(
  container: Node,
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange()
    before.setStart(container, 0)
    before.setEnd(node, offset)
    return before.toString().length
  }
  const start = offsetOf(range.startContainer, range.startOffset)
  const end = offsetOf(range.endContainer, range.endOffset)
  return end > start ? { start, end } : null
}
