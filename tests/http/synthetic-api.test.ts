import type { Server } from 'node:http'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { createHandlers } from '../../mocks/handlers/all'
import { indexed, syntheticDataset } from '../../mocks/handlers/dataset'
import { startHttpApi } from '../../mocks/serve/http-server'

// Generating and indexing 100,000 statements takes seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 })

const notice = 'Synthetic data for testing at scale — not real statements'
let server: Server
let base: string

beforeAll(async () => {
  const served = syntheticDataset({ size: 100_000 })
  // Indexed before the first request, as `npm run api` does.
  indexed(served.latest)
  server = await startHttpApi(0, '127.0.0.1', createHandlers(served))
  // Client and server share this process: while a large page is written, the client's kept-alive
  // connection must not time out on the server's side between two pages.
  server.keepAliveTimeout = 120_000
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  base = `http://127.0.0.1:${address.port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

type PageMeta = { total: number; limit: number; next: string | null }

test('pages through all 100,000 synthetic statements, each exactly once', async () => {
  const seen = new Set<string>()
  const repeated: string[] = []
  let cursor: string | null = null
  let pages = 0
  let total = -1
  do {
    const query: string = cursor ? `&cursor=${cursor}` : ''
    const response = await fetch(`${base}/api/statements?limit=5000${query}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-dataset')).toBe('synthetic')
    const body = (await response.json()) as { data: { id: string }[]; meta: PageMeta }
    total = body.meta.total
    for (const { id } of body.data) {
      if (seen.has(id)) repeated.push(id)
      seen.add(id)
    }
    cursor = body.meta.next
    pages += 1
  } while (cursor !== null && pages < 100)
  expect(repeated).toEqual([])
  expect(total).toBe(100_000)
  expect(seen.size).toBe(100_000)
  expect(pages).toBe(20)
})

test('the events endpoint lists about 250 events with their actor and statement counts', async () => {
  const response = await fetch(`${base}/api/events`)
  const body = (await response.json()) as {
    data: { id: string; start: string; actorCount: number; statementCount: number }[]
  }
  expect(body.data.length).toBe(250)
  expect(body.data.reduce((sum, event) => sum + event.statementCount, 0)).toBe(100_000)
  // One event's counts, checked against its statements as the API lists them.
  const busiest = body.data.reduce((most, event) =>
    event.statementCount > most.statementCount ? event : most,
  )
  const own = await fetch(`${base}/api/statements?event=${busiest.id}&limit=5000`)
  const page = (await own.json()) as { data: { actorId: string }[]; meta: PageMeta }
  expect(page.meta.total).toBe(busiest.statementCount)
  expect(new Set(page.data.map((statement) => statement.actorId)).size).toBe(busiest.actorCount)
})

test('synthetic answers say so: a header a browser script may read, and the notice in meta', async () => {
  const response = await fetch(`${base}/api/meta`)
  expect(response.headers.get('x-dataset')).toBe('synthetic')
  expect(response.headers.get('access-control-expose-headers')).toMatch(/ETag.*X-Dataset/)
  const { data } = (await response.json()) as { data: { dataset: string; notice: string } }
  expect(data).toMatchObject({ dataset: 'synthetic', notice })
  const missing = await fetch(`${base}/api/events/no-such-event`)
  expect(missing.status).toBe(404)
  expect(missing.headers.get('x-dataset')).toBe('synthetic')
})
