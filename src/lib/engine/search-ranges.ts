import { compactStarts, foldText, parseSearch } from './search'

/**
 * The ranges of `text` (UTF-16 offsets into the original, unfolded words) that a search matched,
 * merged and in order, so a card can highlight them.
 */
export function matchRanges(text: string, q: string): [number, number][] {
  const terms = parseSearch(q)
  if (terms.length === 0) return []
  // Fold one character at a time, remembering where each folded character came from.
  let folded = ''
  const origin: number[] = []
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index) ?? 0
    const character = String.fromCodePoint(codePoint)
    const foldedCharacter = foldText(character)
    for (let copy = 0; copy < foldedCharacter.length; copy += 1) origin.push(index)
    folded += foldedCharacter
    index += character.length
  }
  origin.push(text.length)
  const found: [number, number][] = []
  for (const term of terms) {
    if (!term.phrase) {
      for (let at = folded.indexOf(term.folded); at >= 0; at = folded.indexOf(term.folded, at + 1))
        found.push([at, at + term.folded.length])
    }
    if (term.compact) found.push(...compactStarts(folded, term.compact))
  }
  const ranges = found
    .map(([start, end]): [number, number] => [origin[start] ?? 0, origin[end] ?? text.length])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push(range)
  }
  return merged
}
