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
/**
 * Characters `foldText` could change other than by lower-casing: all but ASCII and the dashes and
 * curly quotes that statements are written with, which have no decomposition, mark or case. (The
 * control characters below the tab take the full path too, which folds them the same.)
 */
const foldable = /[^\t-\u007f\u2013\u2014\u2018\u2019\u201c\u201d]/

/** The folded text with spaces, hyphens and punctuation taken out. */
export function compactText(folded: string): string {
  return folded.replace(compactGap, '')
}

/**
 * `foldText`, with a quick path for text of ASCII, dashes and curly quotes, which folds to lower
 * case alone.
 */
export function foldQuickly(text: string): string {
  return foldable.test(text) ? foldText(text) : text.toLowerCase()
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

const asciiWord = Uint8Array.from({ length: 0x80 }, (_, code) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
    ? 1
    : 0,
)

/**
 * Whether a UTF-16 code unit is one compacting keeps: the character class of `compactGap`,
 * tested by ranges, as the search's inner loops run over every character of many statements.
 */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return asciiWord[code] === 1
  return (
    (code >= 0xc0 && code <= 0x1fff && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x2070 && code <= 0x2dff) ||
    (code >= 0x2e80 && code <= 0x2fff) ||
    code >= 0x3040
  )
}

/**
 * Whether one term matches a statement's folded text (`compact` its compacted form). The compact
 * test runs first: it is necessary for either kind of match and fails fast for most statements.
 */
export function termMatches(term: SearchTerm, folded: string, compact: string): boolean {
  if (term.compact !== '' && !compact.includes(term.compact)) return false
  return termFound(term, folded)
}

/** `termMatches` without the compacted text, for callers that have ruled most statements out. */
export function termFound(term: SearchTerm, folded: string): boolean {
  if (term.compact === '') return folded.includes(term.folded)
  const at = folded.indexOf(term.folded)
  if (at >= 0) {
    if (!term.phrase) return true
    // The phrase as typed, at the start of a word, is a match; otherwise look further.
    if (at === 0 || !isWordCode(folded.charCodeAt(at - 1))) {
      if (isWordCode(term.folded.charCodeAt(0))) return true
    }
  }
  return compactStart(folded, term.compact, 0) >= 0
}

/**
 * Where the compact term begins at the start of a word in the folded text, as `[start, end)`
 * ranges of the folded text.
 */
export function compactStarts(folded: string, compact: string): [number, number][] {
  const ranges: [number, number][] = []
  for (let start = compactStart(folded, compact, 0); start >= 0;) {
    ranges.push([start, matchFrom(folded, compact, start)])
    start = compactStart(folded, compact, start + 1)
  }
  return ranges
}

/**
 * The first place from `from` where the compact term matches at a word's start, or -1. Only the
 * places holding the term's first character are tried, found by `indexOf`.
 */
function compactStart(folded: string, compact: string, from: number): number {
  const first = compact.charAt(0)
  for (
    let start = folded.indexOf(first, from);
    start >= 0;
    start = folded.indexOf(first, start + 1)
  ) {
    if (start > 0 && isWordCode(folded.charCodeAt(start - 1))) continue
    if (matchFrom(folded, compact, start) >= 0) return start
  }
  return -1
}

/** Matches the compact term from `start`, skipping characters compacting removes; its end or -1. */
function matchFrom(folded: string, compact: string, start: number): number {
  let matched = 0
  let end = start
  while (end < folded.length && matched < compact.length) {
    const code = folded.charCodeAt(end)
    if (isWordCode(code)) {
      if (code !== compact.charCodeAt(matched)) return -1
      matched += 1
    }
    end += 1
  }
  return matched === compact.length ? end : -1
}
