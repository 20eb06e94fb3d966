import { mkdtemp, rm, stat, utimes } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { parquetDataset } from '../../mocks/handlers/parquet-dataset'
import { storeOf } from '../../mocks/handlers/memory-store'
import { whereOf } from '../../mocks/handlers/duckdb-where'
import { summaryStances } from '../../src/lib/codebook/stance-label'
import { engineQueryOf } from '../../src/lib/engine/engine-query'
import { facetKeys, type FacetKey } from '../../src/lib/engine/types'
import { readStatementsQuery } from '../../src/lib/schemas/statement-query'
import { allEvents } from '../../src/lib/url-state/filter-state'
import { writeCorpus } from '../../scripts/corpus-write'

// A synthetic corpus in which some statements are in two events and some in none, as a corpus
// may be and the generator never writes: the coded table keeps those events apart, and must
// count and filter them as a plain query over the file's own columns does.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const textOf = (value: unknown) => (typeof value === 'string' ? value : '')

let folder = ''
let file = ''
let instance: DuckDBInstance

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'duckdb-coded-'))
  const drawn = join(folder, 'drawn.parquet')
  file = join(folder, 'statements.parquet')
  await writeCorpus({ size: 1500, out: drawn, rowGroupSize: 400 })
  instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  const metadata = (
    await connection.runAndReadAll(
      `SELECT decode(key), decode(value) FROM parquet_kv_metadata('${drawn}')`,
    )
  ).getRowsJS()
  const kept = metadata
    .map(([key, value]) => `${textOf(key)}: '${textOf(value).replaceAll("'", "''")}'`)
    .join(', ')
  await connection.run(
    `COPY (SELECT * REPLACE (CASE WHEN seq % 7 = 0 THEN list_append(events, 'synthetic-event-002')
         WHEN seq % 11 = 0 THEN []::VARCHAR[] ELSE events END AS events)
       FROM read_parquet('${drawn}') ORDER BY earliest, passage_start, actor_order, event_pos, seq)
     TO '${file}' (FORMAT parquet, ROW_GROUP_SIZE 400, KV_METADATA {${kept}})`,
  )
  await connection.run(`CREATE VIEW statements AS SELECT * FROM read_parquet('${file}')`)
  connection.closeSync()
})
afterAll(async () => {
  instance.closeSync()
  await rm(folder, { recursive: true, force: true })
})

const listColumns: Partial<Record<FacetKey, string>> = {
  dimension: 'unnest(dimensions)',
  event: 'unnest(events)',
}
const plainColumns: Partial<Record<FacetKey, string>> = {
  'statement-stance': 'statement_stance',
  channel: 'channel',
  speaker: 'voice',
}

test('statements in two events or none are filtered and counted as the file says', async () => {
  const served = await parquetDataset(file)
  const store = storeOf(served.latest)
  const actors = {
    stancesOf: new Map(served.latest.stances.map((item) => [item.actorId, summaryStances(item)])),
    kindOf: new Map(served.latest.actors.map((actor) => [actor.id, actor.kind])),
  }
  const eventIds = new Set([allEvents, ...served.latest.events.map((item) => item.id)])
  const connection = await instance.connect()
  const reference = async (sql: string, params: (string | number)[]) =>
    (await connection.runAndReadAll(sql, params)).getRowsJS()
  for (const filter of [
    'event=synthetic-event-002',
    'event=synthetic-event-002,synthetic-event-005&stance=condemns',
    'q=ceasefire&channel=speech',
    // Two actor filters: each actor facet is counted under the other.
    'stance=condemns&kind=state&dimension=humanitarian',
    '',
  ]) {
    const read = readStatementsQuery(new URLSearchParams(filter), { ...store.known, eventIds })
    const asked = { ...engineQueryOf(read.state), event: [...read.events] }
    const counts = await store.facets(read)
    for (const key of facetKeys) {
      const where = whereOf(asked, actors, key)
      const column = listColumns[key] ?? plainColumns[key] ?? 'actor_id'
      const grouped = await reference(
        `SELECT value, count(*)::INTEGER FROM (SELECT ${column} AS value FROM statements WHERE ${where.sql}) WHERE value IS NOT NULL GROUP BY value`,
        where.params,
      )
      const expected: Record<string, number> = {}
      for (const [value, count] of grouped) {
        const options =
          key === 'stance'
            ? (actors.stancesOf.get(textOf(value)) ?? [])
            : key === 'kind'
              ? [actors.kindOf.get(textOf(value)) ?? '']
              : [textOf(value)]
        for (const option of options) expected[option] = (expected[option] ?? 0) + Number(count)
      }
      expect(counts[key], `${filter}: ${key}`).toEqual(expected)
    }
    const where = whereOf(asked, actors)
    const ids = await reference(
      `SELECT json_extract_string(statement, '$.id') FROM statements WHERE ${where.sql} LIMIT 50`,
      where.params,
    )
    const page = JSON.parse(
      new TextDecoder().decode(await store.page(read, { offset: 0, limit: 50 }, 'x')),
    ) as { data: { id: string }[] }
    expect(page.data.map((item) => item.id)).toEqual(ids.map(([id]) => textOf(id)))
  }
  // The corpus holds statements in two events and in none, so both kinds were tested.
  const [[two, none] = []] = await reference(
    'SELECT count_if(len(events) = 2), count_if(len(events) = 0) FROM statements',
    [],
  )
  connection.closeSync()
  expect(Number(two)).toBeGreaterThan(0)
  expect(Number(none)).toBeGreaterThan(0)
})

test('the words are indexed once, and again when the corpus file changes', async () => {
  const logged: string[] = []
  const tokens = join(folder, 'statements.tokens.parquet')
  await parquetDataset(file)
  const first = (await stat(tokens)).mtimeMs
  await parquetDataset(file, (line) => logged.push(line))
  expect((await stat(tokens)).mtimeMs).toBe(first)
  expect(logged).toEqual([])
  // The corpus written again (here: its time moved on) is indexed again.
  const later = new Date(Date.now() + 60_000)
  await utimes(file, later, later)
  await parquetDataset(file, (line) => logged.push(line))
  expect((await stat(tokens)).mtimeMs).toBeGreaterThan(first)
  expect(logged.filter((line) => line.startsWith('Indexing the words'))).toHaveLength(1)
})
