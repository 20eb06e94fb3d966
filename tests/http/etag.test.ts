import { expect, test } from 'vitest'
import { z } from 'zod'
import { httpApi } from './http-api'

// A client that already has an answer asks again with its ETag and gets 304, with no body.
const api = httpApi()

const paths = [
  '/api/statements?stance=condemns&limit=3',
  '/api/statements/russia-foreign-ministry-telegram',
  '/api/actors',
  '/api/actors/france',
  '/api/stances',
  '/api/events',
  '/api/sources',
  '/api/codebook',
  '/api/meta',
  '/api/reliability',
  '/api/openapi.json',
]

test.each(paths)(
  'GET %s has a strong ETag, and If-None-Match gets 304 with no body',
  async (path) => {
    const first = await fetch(api.url(path))
    expect(first.status).toBe(200)
    const tag = first.headers.get('etag') ?? ''
    expect(tag).toMatch(/^"[^"]+"$/)
    const again = await fetch(api.url(path), { headers: { 'If-None-Match': tag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(tag)
    expect(await again.text()).toBe('')
  },
)

test('the ETag changes with the query and the dataset version, not with how the query is written', async () => {
  const tagOf = async (path: string) => (await fetch(api.url(path))).headers.get('etag')
  const condemns = await tagOf('/api/statements?stance=condemns,supports&kind=state')
  expect(await tagOf('/api/statements?kind=state&stance=supports&stance=condemns')).toBe(condemns)
  expect(await tagOf('/api/statements?stance=condemns')).not.toBe(condemns)
  expect(await tagOf('/api/actors?version=2026-11-27.1')).not.toBe(await tagOf('/api/actors'))
  const stale = await fetch(api.url('/api/statements?stance=condemns'), {
    headers: { 'If-None-Match': condemns ?? '' },
  })
  expect(stale.status).toBe(200)
  expect(await stale.json()).toHaveProperty('data')
})

test('an error is not tagged', async () => {
  const response = await fetch(api.url('/api/statements?stance=furious'))
  expect(response.status).toBe(400)
  expect(response.headers.get('etag')).toBeNull()
})

test('the NDJSON export streams every matching statement, one a line, whatever the limit', async () => {
  const withId = z.object({ id: z.string() })
  const json = z
    .object({ data: z.array(withId) })
    .parse(await (await fetch(api.url('/api/statements?kind=state&limit=5000'))).json())
  const response = await fetch(api.url('/api/statements?kind=state&limit=2'), {
    headers: { Accept: 'application/x-ndjson' },
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('application/x-ndjson')
  const text = await response.text()
  expect(text.endsWith('\n')).toBe(true)
  const ids = text
    .trimEnd()
    .split('\n')
    .map((line) => withId.parse(JSON.parse(line)).id)
  expect(ids).toEqual(json.data.map((statement) => statement.id))
  expect(ids.length).toBeGreaterThan(2)
  const jsonTag = (await fetch(api.url('/api/statements?kind=state&limit=2'))).headers.get('etag')
  expect(response.headers.get('etag')).not.toBe(jsonTag)
})
