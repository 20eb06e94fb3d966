import type { DuckDBConnection } from '@duckdb/node-api'
import type { EngineQuery, FacetKey } from '../../src/lib/engine/types'
import type { ActorFacts, Clause } from './duckdb-where'

/** The few-valued text columns the filters read, each kept as small whole numbers. */
const codedColumns = ['actor_id', 'statement_stance', 'channel', 'voice'] as const
type CodedColumn = (typeof codedColumns)[number] | 'dimensions' | 'events'

/** Each column's values, a code being a value's place in its list. */
export type Dictionaries = Record<CodedColumn, readonly string[]>

/**
 * The coded table's dictionaries, and whether any statement is in other than one event: those
 * statements' events are rows of `coded_events` (row, event), the rest have theirs in `event`.
 */
export type Coding = { values: Dictionaries; eventLists: boolean }

const textOf = (value: unknown) => (typeof value === 'string' ? value : '')

// A dimension is a bit of one INTEGER: the codebook's dimensions are a handful.
const maxDimensions = 31

/**
 * Lays the columns the filters and facet counts read out in memory as numbers, once at start-up:
 * `coded` holds, per row of the file (`row`, its place in the API's order), the actor, stance,
 * channel, voice and event as codes, the dimensions as bits, and the days. A million rows take
 * about 60 MB; a facet count then reads these, not the file's text. A statement's events are a
 * list, but nearly always of one: a list column costs twice the time to count, so the few other
 * statements' events are rows of a side table instead.
 */
export async function codeStatements(connection: DuckDBConnection): Promise<Coding> {
  const distinct = async (sql: string) =>
    (await connection.runAndReadAll(sql)).getRowsJS().map(([value]) => textOf(value))
  const dictionaries: Dictionaries = {
    actor_id: await distinct('SELECT DISTINCT actor_id FROM corpus WHERE actor_id IS NOT NULL'),
    statement_stance: await distinct(
      'SELECT DISTINCT statement_stance FROM corpus WHERE statement_stance IS NOT NULL',
    ),
    channel: await distinct('SELECT DISTINCT channel FROM corpus WHERE channel IS NOT NULL'),
    voice: await distinct('SELECT DISTINCT voice FROM corpus WHERE voice IS NOT NULL'),
    dimensions: await distinct('SELECT DISTINCT unnest(dimensions) FROM corpus'),
    events: await distinct('SELECT DISTINCT unnest(events) FROM corpus'),
  }
  if (dictionaries.dimensions.length > maxDimensions)
    throw new Error(`A corpus may have at most ${maxDimensions} dimensions.`)
  for (const column of Object.keys(dictionaries) as CodedColumn[]) {
    // Values as ENUM types, so a text becomes its code in the one pass below. (An ENUM needs a
    // value: one no row holds stands in for none.)
    const values = dictionaries[column].map((value) => `'${value.replaceAll("'", "''")}'`)
    await connection.run(
      `CREATE TYPE ${column}_code AS ENUM (${values.length > 0 ? values.join(', ') : "''"})`,
    )
  }
  const code = (value: string, column: CodedColumn) => `enum_code(${value}::${column}_code)`
  await connection.run(
    `CREATE TABLE coded AS SELECT file_row_number::INTEGER AS row,
       ${codedColumns.map((column) => `${code(column, column)} AS ${column}`).join(', ')},
       coalesce(list_sum(list_transform(list_distinct(dimensions),
         d -> 1 << ${code('d', 'dimensions')}))::INTEGER, 0) AS dimensions,
       CASE WHEN len(events) = 1 THEN ${code('events[1]', 'events')} END AS event,
       earliest, latest
     FROM corpus ORDER BY row`,
  )
  await connection.run(
    `CREATE TABLE coded_events AS SELECT row, ${code('event', 'events')} AS event
     FROM (SELECT file_row_number::INTEGER AS row, unnest(events) AS event
       FROM corpus WHERE len(events) <> 1)`,
  )
  const [[lists] = []] = (
    await connection.runAndReadAll('SELECT count(*) > 0 FROM coded_events')
  ).getRowsJS()
  return { values: dictionaries, eventLists: lists === true }
}

/** Codes of the values asked for; a value the corpus does not hold has none and matches none. */
function codesOf(dictionary: readonly string[], values: readonly string[]): number[] {
  return values.flatMap((value) => {
    const at = dictionary.indexOf(value)
    return at < 0 ? [] : [at]
  })
}

const inCodes = (column: string, codes: readonly number[]): Clause => ({
  sql: codes.length === 0 ? 'false' : `${column} IN (${codes.join(', ')})`,
  params: [],
})

/**
 * `whereOf` over the coded table: the same filters with the same meaning, on numbers. Codes are
 * made here from the dictionaries, so no request's text reaches the SQL but the days, bound.
 * The search is left to the token index (duckdb-tokens.ts).
 */
export function codedWhere(query: EngineQuery, coding: Coding, actors: ActorFacts): Clause[] {
  const dictionaries = coding.values
  const parts: Clause[] = []
  const on = (key: FacetKey) => query[key].length > 0
  const actorCodes = (ids: readonly string[]) =>
    inCodes('actor_id', codesOf(dictionaries.actor_id, ids))
  if (on('stance'))
    parts.push(
      actorCodes(
        [...actors.stancesOf].flatMap(([id, stances]) =>
          stances.some((stance) => query.stance.includes(stance)) ? [id] : [],
        ),
      ),
    )
  if (on('kind'))
    parts.push(
      actorCodes(
        [...actors.kindOf].flatMap(([id, kind]) => (query.kind.includes(kind) ? [id] : [])),
      ),
    )
  if (on('actor')) parts.push(actorCodes(query.actor))
  const plain = [
    ['statement-stance', 'statement_stance'],
    ['channel', 'channel'],
    ['speaker', 'voice'],
  ] as const
  for (const [key, column] of plain)
    if (on(key)) parts.push(inCodes(column, codesOf(dictionaries[column], query[key])))
  if (on('dimension')) {
    const bits = codesOf(dictionaries.dimensions, query.dimension).reduce(
      (all, at) => all | (1 << at),
      0,
    )
    parts.push({ sql: `(dimensions & ${bits}) <> 0`, params: [] })
  }
  if (on('event')) {
    const codes = codesOf(dictionaries.events, query.event).join(', ')
    const listed = `row IN (SELECT row FROM coded_events WHERE event IN (${codes}))`
    const sql = `event IN (${codes})${coding.eventLists ? ` OR ${listed}` : ''}`
    parts.push({ sql: codes === '' ? 'false' : sql, params: [] })
  }
  // A statement matches a day range its own dates overlap.
  if (query.from) parts.push({ sql: 'latest >= ?::DATE', params: [query.from] })
  if (query.to) parts.push({ sql: 'earliest <= ?::DATE', params: [query.to] })
  return parts
}

/** Clauses joined by AND; none is every row. */
export const allOf = (parts: readonly Clause[]): Clause =>
  parts.length === 0
    ? { sql: 'true', params: [] }
    : {
        sql: parts.map((part) => `(${part.sql})`).join(' AND '),
        params: parts.flatMap((part) => part.params),
      }
