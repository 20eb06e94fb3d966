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

/**
 * Every facet's counts in one query over the coded table, each facet counted over the rows
 * that every filter but its own keeps: eight small scans of numbers (measured quicker than
 * marking each row's filters once and counting from that copy). A search picks its rows once,
 * from the token index, and the scans read only those. A list column counts a statement once for
 * each of its values; the dimensions, bits of one number, are counted a bit at a time.
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
  const own = facetKeys.map((key) => allOf(only({ [key]: asked[key] })))
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
    allOf([...(picked ? [] : days), ...own.filter((_, at) => facetKeys[at] !== key)])
  const counted = facetKeys.flatMap((key, at): Clause[] => {
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

/** The counts as the API gives them: by value, the actor facets by each actor's stances or kind. */
export function facetCountsOf(
  grouped: readonly unknown[][],
  coding: Coding,
  actors: ActorFacts,
): FacetStatementCounts {
  const dictionaries = coding.values
  const counts = byFacet((): Record<string, number> => ({}))
  for (const [facet, code, count] of grouped) {
    const key = facetKeys[Number(facet)]
    const value = key ? dictionaries[facetColumn[key]][Number(code)] : undefined
    if (!key || code === null || value === undefined || !count) continue
    const options =
      key === 'stance'
        ? (actors.stancesOf.get(value) ?? [])
        : key === 'kind'
          ? [actors.kindOf.get(value) ?? '']
          : [value]
    for (const option of options) counts[key][option] = (counts[key][option] ?? 0) + Number(count)
  }
  return counts
}
