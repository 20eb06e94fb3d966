import {
  byFacet,
  emptyEngineQuery,
  facetKeys,
  type EngineQuery,
  type FacetKey,
} from '../../src/lib/engine/types'
import { allOf, codedWhere, type Coding, type Dictionaries } from './duckdb-coded'
import { codedRows } from './duckdb-tokens'
import type { ActorFacts, Clause } from './duckdb-where'
import type { FacetStatementCounts } from './statement-store'

/** Each facet's coded column, as counted. */
const facetColumn: Record<FacetKey, keyof Dictionaries> = {
  stance: 'actor_id',
  kind: 'actor_id',
  actor: 'actor_id',
  'statement-stance': 'statement_stance',
  dimension: 'dimensions',
  channel: 'channel',
  speaker: 'voice',
  event: 'events',
}

const joined = (parts: readonly Clause[], glue: string): Clause => ({
  sql: parts.map((part) => part.sql).join(glue),
  params: parts.flatMap((part) => part.params),
})

/** Whether an actor passes one actor filter (stance, kind or actor); a filter off passes all. */
function actorPasses(asked: EngineQuery, actors: ActorFacts, key: FacetKey, id: string) {
  if (asked[key].length === 0) return true
  if (key === 'stance')
    return (actors.stancesOf.get(id) ?? []).some((stance) => asked.stance.includes(stance))
  if (key === 'kind') return asked.kind.includes(actors.kindOf.get(id) ?? '')
  return asked.actor.includes(id)
}

const isActorFacet = (key: FacetKey) => facetColumn[key] === 'actor_id'

/**
 * Every facet's counts in one query over the coded table, each facet counted over the rows
 * that every filter but its own keeps: six small scans of numbers (measured quicker than
 * marking each row's filters once and counting from that copy). The three actor filters are
 * about the actor alone, so one scan counts each actor's statements under the other filters, and
 * `facetCountsOf` adds them up for each actor facet; the statement facets' scans read the actors
 * all three keep, as one list. A search picks its rows once, from the token index, and the scans
 * read only those. A list column counts a statement once for each of its values; the dimensions,
 * bits of one number, are counted a bit at a time.
 */
export function facetCountsQuery(
  asked: EngineQuery,
  coding: Coding,
  actors: ActorFacts,
  search: Clause | null,
): Clause {
  const only = (query: Partial<EngineQuery>) =>
    codedWhere({ ...emptyEngineQuery, ...query }, coding, actors)
  const days = only({ from: asked.from, to: asked.to })
  const actorFilters = facetKeys.filter((key) => isActorFacet(key) && asked[key].length > 0)
  const kept = coding.values.actor_id.flatMap((id, code) =>
    actorFilters.every((key) => actorPasses(asked, actors, key, id)) ? [code] : [],
  )
  const actorClause: Clause[] =
    actorFilters.length === 0
      ? []
      : [{ sql: kept.length === 0 ? 'false' : `actor_id IN (${kept.join(', ')})`, params: [] }]
  const own = facetKeys.map((key) => allOf(isActorFacet(key) ? [] : only({ [key]: asked[key] })))
  // With a search, its rows (and the days) are taken once; without, each scan reads the days.
  const picked: Clause | null = search
    ? joined(
        [
          { sql: 'WITH matching AS MATERIALIZED (SELECT * FROM ', params: [] },
          codedRows(search),
          { sql: ' WHERE ', params: [] },
          allOf(days),
          { sql: ')', params: [] },
        ],
        '',
      )
    : null
  const rows = picked ? 'matching' : 'coded'
  const others = (key: FacetKey) =>
    allOf([
      ...(picked ? [] : days),
      ...(isActorFacet(key) ? [] : actorClause),
      ...own.filter((_, at) => facetKeys[at] !== key),
    ])
  const counted = facetKeys.flatMap((key, at): Clause[] => {
    // The actors once, for all three actor facets.
    if (isActorFacet(key) && key !== 'actor') return []
    const where = others(key)
    const column = facetColumn[key]
    if (column === 'dimensions') {
      const bits = coding.values.dimensions.map(
        (_, bit) => `count_if((dimensions & ${2 ** bit}) <> 0)`,
      )
      const sql = `SELECT ${at} AS facet, unnest(range(${bits.length})) AS value, unnest(counts) AS count
        FROM (SELECT [${bits.join(', ')}]::BIGINT[] AS counts FROM ${rows} WHERE ${where.sql})`
      return [{ sql, params: where.params }]
    }
    // One event a statement is in `event`; the events of the others are in `coded_events`.
    const value = column === 'events' ? 'event' : column
    const scan: Clause = {
      sql: `SELECT ${at} AS facet, ${value} AS value, count(*) AS count FROM ${rows} WHERE ${where.sql} GROUP BY value`,
      params: where.params,
    }
    if (column !== 'events' || !coding.eventLists) return [scan]
    const listed: Clause = {
      sql: `SELECT ${at} AS facet, listed.event AS value, count(*) AS count
        FROM coded_events listed JOIN ${rows} USING (row) WHERE ${where.sql} GROUP BY listed.event`,
      params: where.params,
    }
    return [scan, listed]
  })
  return joined([...(picked ? [picked] : []), joined(counted, ' UNION ALL ')], '\n')
}

/**
 * The counts as the API gives them, by value. Each actor's count goes to each actor facet whose
 * two other actor filters the actor passes: to its stances, its kind, or itself.
 */
export function facetCountsOf(
  grouped: readonly unknown[][],
  asked: EngineQuery,
  coding: Coding,
  actors: ActorFacts,
): FacetStatementCounts {
  const dictionaries = coding.values
  const counts = byFacet((): Record<string, number> => ({}))
  const add = (key: FacetKey, options: readonly string[], count: number) => {
    for (const option of options) counts[key][option] = (counts[key][option] ?? 0) + count
  }
  const actorKeys = facetKeys.filter(isActorFacet)
  for (const [facet, code, count] of grouped) {
    const key = facetKeys[Number(facet)]
    const value = key ? dictionaries[facetColumn[key]][Number(code)] : undefined
    if (!key || code === null || value === undefined || !count) continue
    if (!isActorFacet(key)) {
      add(key, [value], Number(count))
      continue
    }
    for (const each of actorKeys) {
      const passes = actorKeys.every(
        (other) => other === each || actorPasses(asked, actors, other, value),
      )
      if (!passes) continue
      const options =
        each === 'stance'
          ? (actors.stancesOf.get(value) ?? [])
          : each === 'kind'
            ? [actors.kindOf.get(value) ?? '']
            : [value]
      add(each, options, Number(count))
    }
  }
  return counts
}
