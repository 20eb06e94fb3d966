import type { EngineIndex } from './build-index'
import { otherNamesOf } from './other-names'
import type { SearchMatches } from './query'
import { parseSearch, type SearchTerm } from './search'
import { createSearchCache } from './search-cache'

/** The terms as a search that parses back to them. */
const searchOf = (terms: readonly SearchTerm[]) =>
  terms.map((term) => (term.phrase ? `"${term.folded}"` : term.folded)).join(' ')

/**
 * Search that knows other names: a run of terms that is another name of one of the index's actors
 * ("Turkey", "Ankara", "Pashinyan") matches that actor's statements, its own words where they
 * appear, and the name's other spellings; every other term matches as it always does, and all
 * must match. Words are matched by the plain search, whose remembered answers this reuses; the
 * actors' statements are whole runs of the index, as it groups statements by actor.
 */
export function namedSearch(index: EngineIndex): SearchMatches {
  const literal = createSearchCache(index, 16)
  const names = otherNamesOf(index.actors)
  const positions = new Map(index.actors.map((actor, position) => [actor.id, position]))
  const all = index.statements.length
  const remembered: { key: string; matches: Uint8Array }[] = []
  return (q) => {
    const terms = parseSearch(q)
    const { plain, names: found } = names.resolve(terms)
    if (found.length === 0) return literal(q)
    const key = searchOf(terms)
    const hit = remembered.find((entry) => entry.key === key)
    if (hit) return hit.matches
    // A copy: the plain search's answers are remembered, and must not change.
    const matches = plain.length
      ? Uint8Array.from(literal(searchOf(plain)) ?? [])
      : new Uint8Array(all).fill(1)
    for (const name of found) {
      const either = new Uint8Array(all)
      // Another spelling is looked for as a phrase: from the start of a word, as a name is.
      for (const words of [
        searchOf(name.terms),
        ...name.spellings.map((spelling) => `"${spelling}"`),
      ]) {
        const own = literal(words)
        if (own) for (let at = 0; at < all; at += 1) if (own[at]) either[at] = 1
      }
      for (const { actorId, source } of name.targets) {
        const position = positions.get(actorId) ?? -1
        const end = index.actorStart[position + 1] ?? 0
        for (let at = index.actorStart[position] ?? end; at < end; at += 1)
          if (!source || index.statements[at]?.sourceId === source) either[at] = 1
      }
      for (let at = 0; at < all; at += 1) if (!either[at]) matches[at] = 0
    }
    remembered.unshift({ key, matches })
    if (remembered.length > 8) remembered.pop()
    return matches
  }
}
