import type { EngineIndex } from './build-index'
import { parseSearch, type SearchTerm } from './search'
import { tokenIndexOf } from './token-index'
import { tokenSearch } from './token-search'

type Entry = { key: string; terms: SearchTerm[]; matches: Uint8Array; count: number }

/**
 * Remembers the last searches of one index, so clicking a filter, which keeps the search, reuses
 * its matches. A search the index has not seen is answered from its words (`tokenSearch`), not by
 * reading every statement.
 *
 * An answer is read before the next search and not kept: the answer forgotten to make room is
 * written over with the new one, as a new buffer for each search, a megabyte at a million
 * statements, would soon have the collector marking the whole heap in one pause.
 */
export function createSearchCache(index: EngineIndex, size = 8) {
  const entries: Entry[] = []
  const tokens = tokenIndexOf(index)
  let spare: Uint8Array | undefined
  return function searchMatches(q: string): Uint8Array | null {
    const terms = parseSearch(q)
    if (terms.length === 0) return null
    const key = terms.map((term) => `${term.phrase ? '"' : ''}${term.folded}`).join('\u0000')
    const hit = entries.find((entry) => entry.key === key)
    if (hit) return hit.matches
    const { matches, count } = tokenSearch(tokens, index.folded, terms, spare)
    spare = undefined
    entries.unshift({ key, terms, matches, count })
    if (entries.length > size) spare = entries.pop()?.matches
    return matches
  }
}
