import type { EngineIndex } from './build-index'
import { parseSearch, termMatches, type SearchTerm } from './search'

type Entry = { key: string; terms: SearchTerm[]; matches: Uint8Array; count: number }

/**
 * Remembers the last searches of one index. Clicking a filter keeps the search, so its matches
 * are reused; typing one more letter narrows the last search, so only its matches are tested.
 */
export function createSearchCache(index: EngineIndex, size = 8) {
  const entries: Entry[] = []
  const all = index.statements.length
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
    const matches = new Uint8Array(all)
    let count = 0
    for (let at = 0; at < all; at += 1) {
      if (narrowed && narrowed.matches[at] === 0) continue
      const folded = index.folded[at] ?? ''
      const compact = index.compact[at] ?? ''
      let ok = 1
      for (const term of terms) {
        if (!termMatches(term, folded, compact)) {
          ok = 0
          break
        }
      }
      matches[at] = ok
      count += ok
    }
    entries.unshift({ key, terms, matches, count })
    if (entries.length > size) entries.pop()
    return matches
  }
}
