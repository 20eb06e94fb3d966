/** Folds case and diacritics, so "turkiye" finds "Türkiye" and "erdogan" finds "Erdoğan". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase()
}

/**
 * One thing a search asks for. `folded` is looked for as typed (case and accents folded);
 * `compact` is the same without spaces, hyphens and punctuation, looked for from the start of a
 * word, so "ceasefire", "cease-fire" and "cease fire" find one another.
 */
export type SearchTerm = { folded: string; compact: string; phrase: boolean }

const quoted = /["“”„«»]([^"“”„«»]*)["“”„«»]?/gu

/**
 * What compacting removes: ASCII and Latin-1 punctuation and symbols, general punctuation
 * (dashes, curly quotes), supplemental and CJK punctuation. A plain character class, since a
 * Unicode property class costs several times as much on a large corpus.
 */
const compactGap =
  /[^a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\u2dff\u2e80-\u2fff\u3040-\uffff]+/g
const compactCharacter =
  /[a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\u2dff\u2e80-\u2fff\u3040-\uffff]/
const nonAscii = /[\u0080-\uffff]/

/** The folded text with spaces, hyphens and punctuation taken out. */
export function compactText(folded: string): string {
  return folded.replace(compactGap, '')
}

/** `foldText`, with a quick path for text that is plain ASCII, which folds to lower case alone. */
export function foldQuickly(text: string): string {
  return nonAscii.test(text) ? foldText(text) : text.toLowerCase()
}

/**
 * Reads a search: quoted phrases ("territorial integrity") stay whole, other words stand alone;
 * every term must match.
 */
export function parseSearch(q: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  const rest = q.replace(quoted, (_, phrase: string) => {
    const folded = foldText(phrase).trim().replace(/\s+/g, ' ')
    if (folded) terms.push({ folded, compact: compactText(folded), phrase: true })
    return ' '
  })
  for (const word of foldText(rest).split(/\s+/)) {
    if (word) terms.push({ folded: word, compact: compactText(word), phrase: false })
  }
  return terms
}

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && compactCharacter.test(character)

/**
 * Whether one term matches a statement's folded text (`compact` its compacted form). The compact
 * test runs first: it is necessary for either kind of match and fails fast for most statements.
 */
export function termMatches(term: SearchTerm, folded: string, compact: string): boolean {
  if (term.compact === '') return folded.includes(term.folded)
  if (!compact.includes(term.compact)) return false
  if (!term.phrase && folded.includes(term.folded)) return true
  return compactStarts(folded, term.compact).length > 0
}

/**
 * Where the compact term begins at the start of a word in the folded text, as `[start, end)`
 * ranges of the folded text.
 */
export function compactStarts(folded: string, compact: string): [number, number][] {
  const ranges: [number, number][] = []
  for (let start = 0; start < folded.length; start += 1) {
    const character = folded[start]
    if (!isWordCharacter(character) || isWordCharacter(folded[start - 1])) continue
    let matched = 0
    let end = start
    while (end < folded.length && matched < compact.length) {
      const next = folded[end]
      if (isWordCharacter(next)) {
        if (next !== compact[matched]) break
        matched += 1
      }
      end += 1
    }
    if (matched === compact.length) ranges.push([start, end])
  }
  return ranges
}

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
