import type { Server } from 'node:http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createHandlers } from '../../mocks/handlers/all'
import { syntheticDataset } from '../../mocks/handlers/dataset'
import { ndjsonChunkChars, ndjsonResponse } from '../../mocks/handlers/ndjson'
import { startHttpApi } from '../../mocks/serve/http-server'

// The bulk export over HTTP, of a synthetic corpus (generated, not real statements) large enough
// to span many chunks.
const served = syntheticDataset({ size: 3000, events: 12 })
let server: Server
let base = ''
beforeAll(async () => {
  server = await startHttpApi(0, '127.0.0.1', createHandlers(served))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  base = `http://127.0.0.1:${address.port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const ndjson = { Accept: 'application/x-ndjson' }
type Page = { data: { id: string }[]; meta: { total: number; next: string | null } }

/** Every id the JSON pages list for `query`, following `next`. */
async function pagedIds(query: string): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | null = null
  do {
    const after: string = cursor ? `&cursor=${cursor}` : ''
    const page = (await (await fetch(`${base}/api/statements?${query}${after}`)).json()) as Page
    ids.push(...page.data.map((statement) => statement.id))
    cursor = page.meta.next
  } while (cursor)
  return ids
}

test('the export is every matching statement, one JSON object a line, in the pages’ order', async () => {
  const event = served.latest.events[3]?.id ?? ''
  for (const query of ['limit=700', `event=${event}&limit=50`, 'statement-stance=condemns']) {
    const response = await fetch(`${base}/api/statements?${query}`, { headers: ndjson })
    expect(response.status, query).toBe(200)
    expect(response.headers.get('content-type'), query).toContain('application/x-ndjson')
    // Streamed: its length is not known when it starts.
    expect(response.headers.get('content-length'), query).toBeNull()
    const text = await response.text()
    expect(text.endsWith('\n'), query).toBe(true)
    const rows = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; actorId: string })
    expect(
      rows.map((row) => row.id),
      query,
    ).toEqual(await pagedIds(query))
    expect(rows.length, query).toBeGreaterThan(0)
  }
  const all = await (await fetch(`${base}/api/statements`, { headers: ndjson })).text()
  expect(all.trimEnd().split('\n')).toHaveLength(3000)
})

test('the export makes its lines as they are read, a chunk at a time', async () => {
  let made = 0
  const rows = Array.from({ length: 50_000 }, (_, at) => ({
    id: `row-${at}`,
    text: 'x'.repeat(60),
  }))
  const response = ndjsonResponse(rows.length, (at) => {
    made += 1
    return rows[at]
  })
  const reader = response.body?.getReader()
  const first = await reader?.read()
  const lines = new TextDecoder().decode(first?.value).split('\n').filter(Boolean)
  expect(JSON.parse(lines[0] ?? '')).toEqual(rows[0])
  // What was read, and at most the chunk the stream keeps ready: not the 50,000 rows.
  expect(made).toBeLessThan(lines.length + ndjsonChunkChars / 60)
  await reader?.cancel()
})

test('the JSON page and the export at the same address say they vary with Accept', async () => {
  const path = `${base}/api/statements?limit=5`
  const json = await fetch(path)
  const exported = await fetch(path, { headers: ndjson })
  const notModified = await fetch(path, {
    headers: { 'If-None-Match': json.headers.get('etag') ?? '' },
  })
  const bad = await fetch(`${base}/api/statements?limit=0`, { headers: ndjson })
  for (const response of [json, exported, notModified, bad])
    expect(response.headers.get('vary'), String(response.status)).toMatch(/\bAccept\b/)
  expect(notModified.status).toBe(304)
  await exported.body?.cancel()
  // One form only: no Vary to split a cache's entries.
  expect((await fetch(`${base}/api/actors`)).headers.get('vary')).toBeNull()
})
