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
  '/api/statements.ndjson?stance=condemns',
  '/api/problems/not-found',
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

test('If-None-Match compares weakly and reads a list or *, as RFC 9110 says', async () => {
  const path = '/api/statements?stance=condemns&limit=3'
  const tag = (await fetch(api.url(path))).headers.get('etag') ?? ''
  const statusWith = async (value: string) =>
    (await fetch(api.url(path), { headers: { 'If-None-Match': value } })).status
  // A cache that compressed the answer may have weakened its tag.
  expect(await statusWith(`W/${tag}`)).toBe(304)
  expect(await statusWith(`"other", W/"x,y", ${tag}`)).toBe(304)
  expect(await statusWith('*')).toBe(304)
  expect(await statusWith('"other", W/"other"')).toBe(200)
  expect(await statusWith(tag.replace(/"$/, 'x"'))).toBe(200)
})

test('a 304 has no Content-Length and repeats the caching headers of the 200', async () => {
  const { request } = await import('node:http')
  const path = '/api/statements?limit=2'
  const first = await fetch(api.url(path))
  const tag = first.headers.get('etag') ?? ''
  // Node's own client, which shows every header as sent.
  const { status, headers } = await new Promise<{
    status: number | undefined
    headers: Record<string, string | string[] | undefined>
  }>((resolve, reject) => {
    const outgoing = request(api.url(path), { headers: { 'If-None-Match': tag } }, (answer) => {
      answer.resume()
      resolve({ status: answer.statusCode, headers: answer.headers })
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
  expect(status).toBe(304)
  expect(headers['content-length']).toBeUndefined()
  expect(headers.etag).toBe(tag)
  expect(headers['cache-control']).toBe(first.headers.get('cache-control'))
  expect(headers.vary).toBe('Accept')
})

test('a page on another origin may send a conditional request and read the tag', async () => {
  const preflight = await fetch(api.url('/api/actors'), {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://elsewhere.example',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'if-none-match',
    },
  })
  expect(preflight.status).toBe(204)
  const allowed = (preflight.headers.get('access-control-allow-headers') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
  expect(allowed).toContain('if-none-match')
  expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
  const answer = await fetch(api.url('/api/actors'), {
    headers: { Origin: 'https://elsewhere.example' },
  })
  expect(answer.headers.get('access-control-expose-headers')).toMatch(/\bETag\b/)
})
