import type { EngineIndex } from './build-index'
import { parseSearch, termFound, type SearchTerm } from './search'
import { signatureWords, termSignature } from './search-signature'

type Entry = { key: string; terms: SearchTerm[]; matches: Uint8Array; count: number }

/**
 * Remembers the last searches of one index. Clicking a filter keeps the search, so its matches
 * are reused; typing one more letter narrows the last search, so only its matches are tested.
 */
export function createSearchCache(index: EngineIndex, size = 8) {
  const entries: Entry[] = []
  const all = index.statements.length
  const { folded, signatures } = index
  return function searchMatches(q: string): Uint8Array | null {
    const terms = parseSearch(q)
    if (terms.length === 0) return null
    const key = terms.map((term) => `${term.phrase ? '"' : ''}${term.folded}`).join('\u0000')
    const hit = entries.find((entry) => entry.key === key)
    if (hit) return hit.matches
    // A search that only lengthens earlier terms, or adds to them, can only match less: what
    // matches a term also matches each of its beginnings, by its words or at a word's start.
    const narrowed = entries.find((entry) =>
      entry.terms.every(
        (old) =>
          old.compact !== '' &&
          terms.some((term) => term.phrase === old.phrase && term.folded.startsWith(old.folded)),
      ),
    )
    const required = termSignature(terms)
    const { length } = required.words
    const matches = new Uint8Array(all)
    let count = 0
    statements: for (let at = 0; at < all; at += 1) {
      if (narrowed && narrowed.matches[at] === 0) continue
      const base = at * signatureWords
      for (let word = 0; word < length; word += 1) {
        const bits = required.bits[word] ?? 0
        if (((signatures[base + (required.words[word] ?? 0)] ?? 0) & bits) !== bits)
          continue statements
      }
      const text = folded[at] ?? ''
      for (const term of terms) if (!termFound(term, text)) continue statements
      matches[at] = 1
      count += 1
    }
    entries.unshift({ key, terms, matches, count })
    if (entries.length > size) entries.pop()
    return matches
  }
}
