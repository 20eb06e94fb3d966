import type { Server } from 'node:http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createHandlers } from '../../mocks/handlers/all'
import { syntheticDataset } from '../../mocks/handlers/dataset'
import { startHttpApi } from '../../mocks/serve/http-server'

// Pages are slices of a query's matches, kept once made: asked again, they must be the same, and
// the pages of one query must still cover its matches exactly once. Synthetic data, not real.
const served = syntheticDataset({ size: 2000, events: 10 })
let server: Server
let base = ''
beforeAll(async () => {
  server = await startHttpApi(0, '127.0.0.1', createHandlers(served))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  base = `http://127.0.0.1:${address.port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

type Page = { data: { id: string }[]; meta: { total: number; limit: number; next: string | null } }
const text = async (path: string) => (await fetch(`${base}${path}`)).text()

test('a page asked again, after other pages and queries, is the same answer', async () => {
  const first = await text('/api/statements?limit=300')
  const second = JSON.parse(first) as Page
  const later = await text(`/api/statements?limit=300&cursor=${second.meta.next ?? ''}`)
  await text('/api/statements?limit=301')
  await text('/api/statements?statement-stance=supports&limit=300')
  expect(await text('/api/statements?limit=300')).toBe(first)
  expect(await text(`/api/statements?limit=300&cursor=${second.meta.next ?? ''}`)).toBe(later)
  expect(later).not.toBe(first)
})

test('the pages of a query list its matches once each, whatever the page size', async () => {
  for (const limit of [300, 7, 2000]) {
    const ids: string[] = []
    let cursor: string | null = null
    let total = 0
    do {
      const after: string = cursor ? `&cursor=${cursor}` : ''
      const page = JSON.parse(await text(`/api/statements?limit=${limit}${after}`)) as Page
      expect(page.meta.limit).toBe(limit)
      expect(page.data.length).toBeLessThanOrEqual(limit)
      ids.push(...page.data.map((statement) => statement.id))
      total = page.meta.total
      cursor = page.meta.next
    } while (cursor)
    expect(total).toBe(2000)
    expect(new Set(ids).size).toBe(2000)
    expect(ids).toHaveLength(2000)
  }
})
