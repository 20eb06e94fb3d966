import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { createHandlers } from '../../mocks/handlers/all'
import { syntheticDataset } from '../../mocks/handlers/dataset'
import { startHttpApi } from '../../mocks/serve/http-server'
import { readZip } from '../zip-read'
import { httpApi } from './http-api'

// The view's statements as data tools get them from the API: the Parquet file and the data
// package's CSV files, read by DuckDB with the types they declare, against what /api/statements
// finds for the same query.
const api = httpApi()
const folder = mkdtempSync(join(tmpdir(), 'open-formats-'))
let duck: DuckDBConnection
beforeAll(async () => {
  duck = await (await DuckDBInstance.create(':memory:')).connect()
})
afterAll(() => {
  duck.closeSync()
  rmSync(folder, { recursive: true, force: true })
})
const query = async (sql: string) => (await duck.runAndReadAll(sql)).getRowObjectsJson()
const typesOf = async (from: string) =>
  z
    .record(z.string(), z.string())
    .parse(
      Object.fromEntries(
        (await query(`DESCRIBE SELECT * FROM ${from}`)).map((row) => [
          row.column_name,
          row.column_type,
        ]),
      ),
    )

const viewSchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      date: z.object({ earliest: z.string() }),
      quotes: z.array(z.object({ text: z.string() })),
    }),
  ),
})
/** The statements /api/statements finds for `filters`: the view. */
const viewOf = async (base: string, filters: string) =>
  viewSchema.parse(await (await fetch(`${base}/api/statements?${filters}&limit=5000`)).json()).data

/** Fetches `path` and keeps the answer's body as `name` in the test's folder. */
async function saved(base: string, path: string, name: string) {
  const response = await fetch(`${base}${path}`)
  expect(response.status, path).toBe(200)
  const bytes = new Uint8Array(await response.arrayBuffer())
  const file = join(folder, name)
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, bytes)
  return { response, bytes, file }
}

const filters = 'stance=condemns,urges-halt'
const base = () => api.url('')

test('the Parquet file holds the view’s statements, days as DATE, counts as integers, lists as lists', async () => {
  const view = await viewOf(base(), filters)
  expect(view.length).toBeGreaterThan(0)
  const { response, file } = await saved(
    base(),
    `/api/export/statements.parquet?${filters}`,
    'view.parquet',
  )
  expect(response.headers.get('content-type')).toBe('application/vnd.apache.parquet')
  expect(response.headers.get('content-disposition')).toMatch(
    /^attachment; filename="reactions_karabakh-2023_condemns-urges-halt_[\d-]+\.parquet"$/,
  )
  const parquet = `'${file}'`
  const types = await typesOf(parquet)
  expect(types).toMatchObject({
    dataset: 'VARCHAR',
    statement_id: 'VARCHAR',
    date_earliest: 'DATE',
    date_latest: 'DATE',
    span_start: 'INTEGER',
    span_end: 'INTEGER',
    quotes: 'VARCHAR[]',
  })
  expect(types.positions).toMatch(/^STRUCT\(dimension VARCHAR, "?value"? VARCHAR, party VARCHAR/)
  expect(types.addressees).toBe('STRUCT(actor_id VARCHAR, "name" VARCHAR)[]')
  const ids = await query(`SELECT statement_id FROM ${parquet} ORDER BY statement_id`)
  expect(ids.map((row) => row.statement_id)).toEqual(view.map((item) => item.id).sort())
  const blinken = view.find((item) => item.id === 'us-blinken-calls')
  const [row] = await query(
    `SELECT quotes, date_earliest, addressees[1].actor_id AS addressed, typeof(span_start) AS span
     FROM ${parquet} WHERE statement_id = 'us-blinken-calls'`,
  )
  expect(row).toEqual({
    quotes: blinken?.quotes.map((quote) => quote.text),
    date_earliest: blinken?.date.earliest,
    addressed: 'azerbaijan',
    span: 'INTEGER',
  })
  const meta = await query(
    `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${parquet})`,
  )
  expect(Object.fromEntries(meta.map((item) => [item.key, item.value]))).toMatchObject({
    dataset: 'article',
    filters,
    view: `/api/export/statements.parquet?${filters}`,
  })
})

test('the data package’s CSV files read with their declared types, keep their keys and agree with the Parquet file', async () => {
  const view = await viewOf(base(), filters)
  const { bytes } = await saved(base(), `/api/export/datapackage.zip?${filters}`, 'package.zip')
  for (const entry of readZip(bytes)) writeFileSync(join(folder, entry.name), entry.bytes)
  const descriptor = z
    .object({
      resources: z.array(
        z.object({
          name: z.string(),
          path: z.string(),
          schema: z.object({
            fields: z.array(z.object({ name: z.string(), type: z.string() })),
            primaryKey: z.array(z.string()),
            foreignKeys: z.optional(
              z.array(
                z.object({
                  fields: z.array(z.string()),
                  reference: z.object({ resource: z.string(), fields: z.array(z.string()) }),
                }),
              ),
            ),
          }),
        }),
      ),
    })
    .parse(JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8')))
  const duckType = { string: 'VARCHAR', integer: 'INTEGER', date: 'DATE', boolean: 'BOOLEAN' }
  for (const { name, path, schema } of descriptor.resources) {
    const columns = schema.fields
      .map((field) => `'${field.name}': '${duckType[field.type as keyof typeof duckType]}'`)
      .join(', ')
    await query(
      `CREATE TABLE ${name} AS SELECT * FROM read_csv('${join(folder, path)}', header = true, columns = {${columns}}, dateformat = '%Y-%m-%d')`,
    )
  }
  expect(await typesOf('statements')).toMatchObject({
    date_earliest: 'DATE',
    span_start: 'INTEGER',
  })
  expect(await typesOf('actors')).toMatchObject({ statements: 'INTEGER', party: 'BOOLEAN' })
  const [counts] = await query(
    `SELECT (SELECT count(*)::INTEGER FROM statements) AS statements,
            (SELECT count(*)::INTEGER FROM quotes) AS quotes,
            (SELECT sum(statements)::INTEGER FROM actors) AS counted`,
  )
  const quoted = view.reduce((sum, item) => sum + item.quotes.length, 0)
  expect(counts).toEqual({ statements: view.length, quotes: quoted, counted: view.length })
  // Every key is unique and every foreign key finds its row.
  for (const { name, schema } of descriptor.resources) {
    const key = schema.primaryKey.join(', ')
    const [unique] = await query(
      `SELECT (count(*) - count(DISTINCT (${key})))::INTEGER AS twice FROM ${name}`,
    )
    expect(unique, name).toEqual({ twice: 0 })
    for (const { fields, reference } of schema.foreignKeys ?? []) {
      const [missing] = await query(
        `SELECT count(*)::INTEGER AS missing FROM ${name} WHERE ${fields[0]} IS NOT NULL AND ${fields[0]} NOT IN (SELECT ${reference.fields[0]} FROM ${reference.resource})`,
      )
      expect(missing, `${name}.${fields[0]}`).toEqual({ missing: 0 })
    }
  }
  // The CSV's statements are the Parquet file's, value for value.
  const [differ] = await query(
    `SELECT count(*)::INTEGER AS differ FROM (
       (SELECT * FROM statements EXCEPT SELECT COLUMNS(c -> c NOT IN ('quotes', 'positions', 'addressees')) FROM '${join(folder, 'view.parquet')}')
       UNION ALL
       (SELECT COLUMNS(c -> c NOT IN ('quotes', 'positions', 'addressees')) FROM '${join(folder, 'view.parquet')}' EXCEPT SELECT * FROM statements))`,
  )
  expect(differ).toEqual({ differ: 0 })
})

test('the README’s DuckDB line runs on the file its curl line fetches', async () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8')
  const url = /^curl -o statements\.parquet '([^']+)'$/m.exec(readme)?.[1] ?? ''
  const sql = /^duckdb -c "([^"]+)"$/m.exec(readme)?.[1] ?? ''
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:8787\/api\/export\/statements\.parquet/)
  const { pathname, search } = new URL(url)
  await saved(base(), `${pathname}${search}`, 'readme/statements.parquet')
  await query(`SET file_search_path = '${join(folder, 'readme')}'`)
  const answer = await query(sql)
  await query(`RESET file_search_path`)
  const view = await viewOf(base(), search.slice(1))
  expect(answer.length).toBeGreaterThan(0)
  expect(answer.reduce((sum, row) => sum + Number(row.statements), 0)).toBe(view.length)
})

test('a file of synthetic data says so: its dataset column, its metadata and the package’s title', async () => {
  const server: Server = await startHttpApi(
    0,
    '127.0.0.1',
    createHandlers(syntheticDataset({ size: 480, events: 12 })),
  )
  try {
    const address = server.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    const synthetic = `http://127.0.0.1:${address.port}`
    const view = await viewOf(synthetic, 'kind=state')
    const { response, file } = await saved(
      synthetic,
      '/api/export/statements.parquet?kind=state',
      'synthetic.parquet',
    )
    expect(response.headers.get('x-dataset')).toBe('synthetic')
    expect(response.headers.get('content-disposition')).toContain('filename="synthetic_')
    const [row] = await query(
      `SELECT count(*)::INTEGER AS statements,
            (count(*) FILTER (WHERE dataset = 'synthetic'))::INTEGER AS labelled FROM '${file}'`,
    )
    expect(row).toEqual({ statements: view.length, labelled: view.length })
    const [notice] = await query(
      `SELECT decode(value) AS notice FROM parquet_kv_metadata('${file}') WHERE decode(key) = 'notice'`,
    )
    expect(notice).toEqual({ notice: 'Synthetic data for testing at scale — not real statements' })
    const zip = await saved(synthetic, '/api/export/datapackage.zip?kind=state', 'synthetic.zip')
    const descriptor = z
      .object({ title: z.string(), description: z.string() })
      .parse(JSON.parse(readZip(zip.bytes)[0]?.bytes.toString('utf8') ?? ''))
    expect(descriptor.title).toMatch(/^Synthetic data for testing at scale — not real statements/)
    expect(descriptor.description).toMatch(/^Synthetic data for testing at scale/)
  } finally {
    await new Promise((done) => server.close(done))
  }
})

test('a bad filter is a 400 that names it, and a kept file is not sent again', async () => {
  const bad = await fetch(api.url('/api/export/datapackage.zip?stance=furious'))
  expect(bad.status).toBe(400)
  expect(await bad.json()).toMatchObject({ errors: [{ field: 'stance' }] })
  const first = await fetch(api.url(`/api/export/statements.parquet?${filters}`))
  const tag = first.headers.get('etag') ?? ''
  await first.arrayBuffer()
  const again = await fetch(api.url(`/api/export/statements.parquet?${filters}`), {
    headers: { 'If-None-Match': tag },
  })
  expect([tag.length > 0, again.status]).toEqual([true, 304])
})
