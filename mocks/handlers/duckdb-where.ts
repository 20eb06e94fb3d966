import { parseSearch, type SearchTerm } from '../../src/lib/engine/search'
import type { EngineQuery, FacetKey } from '../../src/lib/engine/types'

/** A SQL condition and the values bound to its `?`s, in order. User input is only ever bound. */
export type Clause = { sql: string; params: (string | number)[] }

/** What the actor filters read of each actor: the stances it is found under, and its kind. */
export type ActorFacts = {
  stancesOf: ReadonlyMap<string, readonly string[]>
  kindOf: ReadonlyMap<string, string>
}

// The characters compacting keeps (`isWordCode` in src/lib/engine/search.ts), as an RE2 class;
// RE2 reads code points where JS reads UTF-16 units, and both count every astral one as kept.
export const wordClass =
  'a-zA-Z0-9\\x{c0}-\\x{d6}\\x{d8}-\\x{f6}\\x{f8}-\\x{1fff}\\x{2070}-\\x{2dff}\\x{2e80}-\\x{2fff}\\x{3040}-\\x{10ffff}'

/**
 * The compact term from the start of a word, skipping what compacting removes: the page's
 * `compactStart`, written as a pattern. Each character is escaped by its code point, so no
 * search text is read as pattern syntax.
 */
export function compactPattern(compact: string): string {
  // By code point, as RE2 reads the text.
  const escaped = Array.from(compact, (char) => `\\x{${(char.codePointAt(0) ?? 0).toString(16)}}`)
  return `(?:^|[^${wordClass}])${escaped.join(`[^${wordClass}]*`)}`
}

/** One search term as the page's `termMatches` reads it, over the folded text. */
function termClause(term: SearchTerm): Clause {
  if (term.compact === '') return { sql: 'contains(folded, ?)', params: [term.folded] }
  const pattern = compactPattern(term.compact)
  // A phrase found as typed at a word's start is also found by the pattern, so only a word
  // has the plain substring to fall back on.
  if (term.phrase) return { sql: 'regexp_matches(folded, ?)', params: [pattern] }
  return {
    sql: '(contains(folded, ?) OR regexp_matches(folded, ?))',
    params: [term.folded, pattern],
  }
}

const inList = (column: string, values: readonly string[]): Clause => ({
  sql: values.length === 0 ? 'false' : `${column} IN (${values.map(() => '?').join(', ')})`,
  params: [...values],
})

const anyOf = (column: string, values: readonly string[]): Clause => ({
  sql: `list_has_any(${column}, [${values.map(() => '?::VARCHAR').join(', ')}])`,
  params: [...values],
})

/**
 * The statements a query matches, as the page's engine finds them, with the filter `except`
 * left off (a facet's counts are taken under all the other filters). The actor filters become
 * the list of actors they leave, worked out here from the few hundred actors.
 */
export function whereOf(query: EngineQuery, actors: ActorFacts, except?: FacetKey): Clause {
  const parts: Clause[] = []
  const on = (key: FacetKey) => key !== except && query[key].length > 0
  if (on('stance')) {
    const ids = [...actors.stancesOf].flatMap(([id, stances]) =>
      stances.some((stance) => query.stance.includes(stance)) ? [id] : [],
    )
    parts.push(inList('actor_id', ids))
  }
  if (on('kind')) {
    const ids = [...actors.kindOf].flatMap(([id, kind]) => (query.kind.includes(kind) ? [id] : []))
    parts.push(inList('actor_id', ids))
  }
  if (on('actor')) parts.push(inList('actor_id', query.actor))
  if (on('statement-stance')) parts.push(inList('statement_stance', query['statement-stance']))
  if (on('dimension')) parts.push(anyOf('dimensions', query.dimension))
  if (on('channel')) parts.push(inList('channel', query.channel))
  if (on('speaker')) parts.push(inList('voice', query.speaker))
  if (on('event')) parts.push(anyOf('events', query.event))
  // A statement matches a day range its own dates overlap.
  if (query.from) parts.push({ sql: 'latest >= ?::DATE', params: [query.from] })
  if (query.to) parts.push({ sql: 'earliest <= ?::DATE', params: [query.to] })
  for (const term of parseSearch(query.q)) parts.push(termClause(term))
  if (parts.length === 0) return { sql: 'true', params: [] }
  return {
    sql: parts.map((part) => part.sql).join(' AND '),
    params: parts.flatMap((part) => part.params),
  }
}
