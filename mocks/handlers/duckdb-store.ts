import {
  listValue,
  type DuckDBConnection,
  type DuckDBInstance,
  type DuckDBValue,
} from '@duckdb/node-api'
import { engineQueryOf } from '../../src/lib/engine/engine-query'
import { parseSearch } from '../../src/lib/engine/search'
import type { Source } from '../../src/lib/schemas/source'
import type { StanceSummary } from '../../src/lib/schemas/stance-summary'
import { allOf, codedWhere, type Coding } from './duckdb-coded'
import { facetCountsOf, facetCountsQuery } from './duckdb-facets'
import { codedRows, searchRows, type Words } from './duckdb-tokens'
import { whereOf, type ActorFacts, type Clause } from './duckdb-where'
import { encodeCursor, type Page } from './paging'
import type { FacetStatementCounts, StatementQuery, StatementStore } from './statement-store'

/** What the store reads besides the statements: the corpus's side data. */
export type StoreFacts = ActorFacts & {
  speakers: ReadonlySet<string>
  actorIds: ReadonlySet<string>
  stances: readonly StanceSummary[]
  sources: readonly Source[]
  headers: Readonly<Record<string, string>>
  coding: Coding
  words: Words
}

const totalsKept = 1000

/** A text column's value; anything else (a NULL) as no text. */
const textOf = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * The statements of a Parquet corpus (scripts/corpus.ts), queried with DuckDB. The file is
 * written in the API's order and DuckDB keeps a scan's order (`preserve_insertion_order`, on by
 * default), so a page is the matches from an offset and the export is the matches as read: no
 * query sorts. Each request has its own connection, so one slow export holds up no one else.
 */
export function duckdbStore(instance: DuckDBInstance, facts: StoreFacts): StatementStore {
  const totals = new Map<string, number>()
  const withConnection = async <T>(work: (connection: DuckDBConnection) => Promise<T>) => {
    const connection = await instance.connect()
    try {
      return await work(connection)
    } finally {
      connection.closeSync()
    }
  }
  const where = (query: StatementQuery): Clause =>
    whereOf({ ...engineQueryOf(query.state), event: [...query.events] }, facts)
  const rows = async (sql: string, params: DuckDBValue[]) =>
    withConnection(async (connection) => (await connection.runAndReadAll(sql, params)).getRowsJS())

  /**
   * A page's rows, and how many rows match in all: the filters and the search are worked out
   * once for both, and the total is kept for the next pages of the same query.
   */
  async function pageRows(query: StatementQuery, page: Page) {
    const clause = coded(query)
    const kept = totals.get(query.normalised)
    const [[count, list] = []] = await rows(
      `WITH matching AS MATERIALIZED (SELECT row FROM ${clause.sql})
       SELECT ${kept === undefined ? '(SELECT count(*) FROM matching)::INTEGER' : 'NULL'},
         (SELECT list(row ORDER BY row) FROM (SELECT row FROM matching ORDER BY row LIMIT ? OFFSET ?))`,
      [...clause.params, page.limit, page.offset],
    )
    const total = kept ?? Number(count ?? 0)
    if (totals.size >= totalsKept) totals.clear()
    totals.set(query.normalised, total)
    return { total, picked: Array.isArray(list) ? list.map(Number) : [] }
  }

  /** The rows a query matches, from the coded table and the token index. */
  function coded(query: StatementQuery): Clause {
    const asked = { ...engineQueryOf(query.state), event: [...query.events] }
    const from = codedRows(searchRows(facts.words, parseSearch(asked.q)))
    const where = allOf(codedWhere(asked, facts.coding, facts))
    return { sql: `${from.sql} WHERE ${where.sql}`, params: [...from.params, ...where.params] }
  }

  async function facets(query: StatementQuery): Promise<FacetStatementCounts> {
    const asked = { ...engineQueryOf(query.state), event: [...query.events] }
    const search = searchRows(facts.words, parseSearch(asked.q))
    const counted = facetCountsQuery(asked, facts.coding, facts, search)
    return facetCountsOf(await rows(counted.sql, counted.params), asked, facts.coding, facts)
  }

  return {
    known: { actorIds: facts.actorIds, speakers: facts.speakers },
    page: async (query, page, print) => {
      // The page's rows from the coded table, then only those rows' records from the file.
      const { total: matches, picked } = await pageRows(query, page)
      const found =
        picked.length === 0
          ? []
          : await rows(
              `SELECT statement FROM statements WHERE file_row_number BETWEEN ? AND ?
                 AND file_row_number IN (${picked.join(', ')}) ORDER BY file_row_number`,
              [picked[0] ?? 0, picked.at(-1) ?? 0],
            )
      const end = page.offset + page.limit
      const next = end < matches ? encodeCursor(end, print) : null
      const data = found.map(([text]) => textOf(text)).join(',')
      const meta = JSON.stringify({ total: matches, limit: page.limit, next })
      return new TextEncoder().encode(`{"data":[${data}],"meta":${meta}}`)
    },
    exportLines: (query) => exportLines(instance, where(query)),
    records: async (query, most) => {
      // The rows of the first `most` matches, and how many match in all.
      const { total, picked } = await pageRows(query, { offset: 0, limit: most })
      if (total > most) return { total }
      if (picked.length === 0) return { total, records: [] }
      const found = await rows(
        // In the order the dataset holds them (by event, then as drawn), as the page's engine
        // lists each actor's statements in the files.
        `SELECT statement FROM statements WHERE file_row_number IN (SELECT unnest(?::INTEGER[]))
         ORDER BY event_pos, seq`,
        [listValue(picked)],
      )
      return { total, records: found.map(([text]) => JSON.parse(textOf(text)) as unknown) }
    },
    byId: async (id) => {
      const [[text] = []] = await rows('SELECT statement FROM statements WHERE id = ?', [id])
      // Sent as written: the record the in-memory corpus would send, keys in the same order.
      return typeof text === 'string' ? (JSON.parse(text) as unknown) : undefined
    },
    facets,
    stances: async () => {
      const ids = new Map(
        (
          await rows(
            'SELECT actor_id, list(id ORDER BY event_pos, seq) FROM statements GROUP BY actor_id',
            [],
          )
        ).map(([actor, list]) => [textOf(actor), Array.isArray(list) ? list.map(textOf) : []]),
      )
      return facts.stances.map((stance) => ({
        ...stance,
        statementIds: ids.get(stance.actorId) ?? [],
      }))
    },
    source: async (id) => {
      const source = facts.sources.find((item) => item.id === id)
      if (!source) return undefined
      const [[passages] = []] = await rows(
        `SELECT string_agg(json_extract_string(statement, '$.passage.text'), ? ORDER BY event_pos, seq)
         FROM statements WHERE source_id = ?`,
        ['\n\n', id],
      )
      const header = facts.headers[id] ?? ''
      const text = typeof passages === 'string' ? `${header}\n\n${passages}` : header
      return { ...source, text }
    },
  }
}

/**
 * The export, one DuckDB chunk (2,048 statements) at a time, fetched only when the reader pulls:
 * a slow reader slows the query, and one that hangs up ends it.
 */
function exportLines(instance: DuckDBInstance, clause: Clause): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let connection: DuckDBConnection | undefined
  let result: Awaited<ReturnType<DuckDBConnection['stream']>> | undefined
  const close = () => {
    connection?.closeSync()
    connection = undefined
  }
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!result) {
          connection = await instance.connect()
          result = await connection.stream(
            `SELECT statement FROM statements WHERE ${clause.sql}`,
            clause.params,
          )
        }
        const chunk = await result.fetchChunk()
        if (!chunk || chunk.rowCount === 0) {
          close()
          controller.close()
          return
        }
        const lines = chunk.getColumnValues(0).map(textOf)
        controller.enqueue(encoder.encode(`${lines.join('\n')}\n`))
      } catch (error) {
        close()
        controller.error(error)
      }
    },
    cancel: close,
  })
}
