import type { Server } from 'node:http'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { createHandlers } from '../../mocks/handlers/all'
import { syntheticDataset, type ServedDataset } from '../../mocks/handlers/dataset'
import { memoryStore } from '../../mocks/handlers/memory-store'
import { parquetDataset } from '../../mocks/handlers/parquet-dataset'
import { heldVersion } from '../../mocks/handlers/held-version'
import { storeOf } from '../../mocks/handlers/memory-store'
import { startHttpApi } from '../../mocks/serve/http-server'
import { readStatementsQuery } from '../../src/lib/schemas/statement-query'
import { allEvents } from '../../src/lib/url-state/filter-state'
import { writeCorpus } from '../../scripts/corpus-write'

// The same synthetic corpus served twice, from the in-memory engine and from DuckDB over the
// Parquet file `npm run corpus` writes with the same seed: every answer must be the same bytes.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const size = 2000
let folder = ''
let memory: ServedDataset
let parquet: ServedDataset
const servers: Server[] = []
const origins = { memory: '', duckdb: '' }

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'duckdb-backend-'))
  const file = join(folder, 'statements.parquet')
  // Small row groups, so the order across row groups is tested too.
  await writeCorpus({ size, out: file, rowGroupSize: 300 })
  memory = syntheticDataset({ size })
  parquet = await parquetDataset(file)
  for (const [name, served] of [
    ['memory', memory],
    ['duckdb', parquet],
  ] as const) {
    const server = await startHttpApi(0, '127.0.0.1', createHandlers(served))
    servers.push(server)
    const address = server.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    origins[name] = `http://127.0.0.1:${address.port}`
  }
})
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  await rm(folder, { recursive: true, force: true })
})

const headersCompared = ['content-type', 'etag', 'vary', 'x-dataset', 'content-location']

async function answerOf(origin: string, path: string, init: RequestInit) {
  const response = await fetch(`${origin}${path}`, init)
  const headers = headersCompared.map((name) => [name, response.headers.get(name)])
  return { status: response.status, headers, body: await response.text() }
}

async function both(path: string, init: RequestInit = {}) {
  const fromMemory = await answerOf(origins.memory, path, init)
  const fromDuckdb = await answerOf(origins.duckdb, path, init)
  return { fromMemory, fromDuckdb }
}

/** Values to filter by, read from the corpus itself. */
function sampleQueries() {
  const { statements, actors, events } = memory.latest
  const [first, second] = statements
  const busiest = events.reduce((a, b) =>
    (a.statementCount ?? 0) >= (b.statementCount ?? 0) ? a : b,
  )
  const word = first?.office?.split(' ').find((item) => item.length > 6) ?? 'ministry'
  return [
    '',
    'limit=37',
    'stance=condemns',
    'stance=supports,urges-halt&statement-stance=calls-on-all-sides',
    'kind=international-organisation',
    `actor=${first?.actorId ?? ''}&actor=${second?.actorId ?? ''}`,
    `actor=${actors[10]?.id ?? ''}`,
    'dimension=humanitarian,end-fighting',
    'channel=social-media-post',
    `speaker=${encodeURIComponent(first?.speaker ?? first?.office ?? '')}`,
    'from=2019-01-01&to=2020-06-30',
    `event=${busiest.id}`,
    `q=${encodeURIComponent(word.toUpperCase())}`,
    'q=cease-fire',
    `q=${encodeURIComponent('"territorial integrity"')}`,
    'q=turkiye',
    `q=${encodeURIComponent('synthetic "the border"')}&stance=condemns&limit=5`,
    // Inside a word, across three words ("on all sides"), a phrase's start, punctuation alone.
    'q=fire',
    'q=onallsides',
    `q=${encodeURIComponent('"territorial i"')}`,
    'q=-',
    // No word holds it.
    'q=xyzzy',
    // Refused the same way.
    'stance=furious',
    'limit=0',
    'q=%ff',
    'cursor=nonsense',
  ]
}

test('every filter gives the same page from the in-memory engine and from DuckDB', async () => {
  const empty: string[] = []
  for (const query of sampleQueries()) {
    const { fromMemory, fromDuckdb } = await both(`/api/statements?${query}`)
    expect(fromDuckdb, query).toEqual(fromMemory)
    if (fromDuckdb.status !== 200 || fromDuckdb.body.startsWith('{"data":[]')) empty.push(query)
  }
  // Each filter finds something, so the answers are compared on statements, not on emptiness.
  expect(empty).toEqual(['q=xyzzy', 'stance=furious', 'limit=0', 'q=%ff', 'cursor=nonsense'])
})

test('paging through a filter gives the same statements, page after page', async () => {
  let path: string | null = '/api/statements?stance=condemns,urges-halt&limit=150'
  let pages = 0
  while (path) {
    const { fromMemory, fromDuckdb } = await both(path)
    expect(fromDuckdb).toEqual(fromMemory)
    const body = JSON.parse(fromDuckdb.body) as { data: unknown[]; meta: { next: string | null } }
    expect(body.data.length).toBeGreaterThan(0)
    path = body.meta.next
      ? `/api/statements?stance=condemns,urges-halt&limit=150&cursor=${body.meta.next}`
      : null
    pages += 1
  }
  expect(pages).toBeGreaterThan(3)
})

test('the NDJSON export is the same, line for line, in both forms', async () => {
  for (const path of [
    '/api/statements.ndjson',
    '/api/statements.ndjson?q=humanitarian&kind=state',
  ]) {
    const { fromMemory, fromDuckdb } = await both(path)
    expect(fromDuckdb).toEqual(fromMemory)
    expect(fromDuckdb.body.split('\n').length).toBeGreaterThan(1)
  }
  const channel = memory.latest.statements[0]?.channel ?? ''
  const asked = await both(`/api/statements?channel=${channel}`, {
    headers: { Accept: 'application/x-ndjson' },
  })
  expect(asked.fromDuckdb).toEqual(asked.fromMemory)
  expect(asked.fromDuckdb.body.trim().split('\n')).toHaveLength(
    memory.latest.statements.filter((item) => item.channel === channel).length,
  )
})

test('one statement, the stances, a source, the events and meta are the same', async () => {
  const { statements, actors, sources } = memory.latest
  const paths = [
    `/api/statements/${statements[7]?.id ?? ''}`,
    '/api/statements/synthetic-999999',
    '/api/stances',
    `/api/stances/${actors[3]?.id ?? ''}`,
    `/api/sources/${sources[2]?.id ?? ''}`,
    '/api/sources',
    '/api/events',
    '/api/actors',
    '/api/meta',
  ]
  for (const path of paths) {
    const { fromMemory, fromDuckdb } = await both(path)
    expect(fromDuckdb, path).toEqual(fromMemory)
  }
})

test('conditional requests and HEAD answer from DuckDB as from memory', async () => {
  const first = await fetch(`${origins.duckdb}/api/statements?stance=condemns`)
  const tag = first.headers.get('etag') ?? ''
  expect(tag).not.toBe('')
  const again = await both('/api/statements?stance=condemns', { headers: { 'If-None-Match': tag } })
  expect(again.fromDuckdb.status).toBe(304)
  expect(again.fromDuckdb).toEqual(again.fromMemory)
  const head = await both('/api/statements.ndjson?kind=state', { method: 'HEAD' })
  expect(head.fromDuckdb.body).toBe('')
  expect(head.fromDuckdb).toEqual(head.fromMemory)
})

test('facet counts for a filter are the same from both stores', async () => {
  const known = { ...memoryStore(memory.latest).known }
  const eventIds = new Set([allEvents, ...memory.latest.events.map((item) => item.id)])
  const queries = sampleQueries()
  for (const query of queries.slice(0, queries.indexOf('stance=furious'))) {
    const read = readStatementsQuery(new URLSearchParams(query), { ...known, eventIds }, ['limit'])
    const fromMemory = await storeOf(memory.latest).facets(read)
    const fromDuckdb = await storeOf(parquet.latest).facets(read)
    expect(fromDuckdb, query).toEqual(fromMemory)
  }
})

test('files for data tools are the same bytes from DuckDB as from memory', async () => {
  for (const path of [
    '/api/export/datapackage.zip?kind=state&q=ceasefire',
    '/api/export/statements.parquet?stance=condemns&channel=speech',
    '/api/export/statements.parquet?q=xyzzy',
  ]) {
    const fromMemory = await fetch(`${origins.memory}${path}`)
    const fromDuckdb = await fetch(`${origins.duckdb}${path}`)
    expect(fromDuckdb.status, path).toBe(200)
    expect(fromDuckdb.headers.get('content-disposition')).toMatch(/synthetic_/)
    expect(fromDuckdb.headers.get('content-disposition')).toBe(
      fromMemory.headers.get('content-disposition'),
    )
    expect(new Uint8Array(await fromDuckdb.arrayBuffer())).toEqual(
      new Uint8Array(await fromMemory.arrayBuffer()),
    )
  }
})

test('a file for more statements than are made in memory is a problem that says why', async () => {
  const known = { ...memoryStore(memory.latest).known }
  const eventIds = new Set([allEvents, ...memory.latest.events.map((item) => item.id)])
  const query = readStatementsQuery(new URLSearchParams('kind=state'), { ...known, eventIds })
  const store = storeOf(parquet.latest)
  const answer = await heldVersion(parquet.latest, store, query, 10)
  if (!(answer instanceof Response)) throw new Error('a version, not a problem')
  expect(answer.status).toBe(400)
  const { detail } = (await answer.json()) as { detail: string }
  const total = memory.latest.statements.filter((item) =>
    memory.latest.actors.some((actor) => actor.id === item.actorId && actor.kind === 'state'),
  ).length
  expect(detail).toContain(`${total.toLocaleString('en')} statements match`)
  expect(detail).toContain('/api/statements.ndjson')
})

test('a Parquet file that does not say it is synthetic is not served', async () => {
  const file = join(folder, 'unlabelled.parquet')
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  await connection.run(`COPY (SELECT 'x' AS statement) TO '${file}' (FORMAT parquet)`)
  connection.closeSync()
  await expect(parquetDataset(file)).rejects.toThrow(/does not say it is synthetic/)
})
