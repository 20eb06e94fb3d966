import { expect, test } from 'vitest'
import { httpApi } from './http-api'

// The same handlers over real HTTP, as an analyst's script would reach them.
const api = httpApi()

test('serves the statements as JSON with CORS open', async () => {
  const response = await fetch(api.url('/api/statements?actor=russia'))
  expect(response.status).toBe(200)
  expect(response.headers.get('access-control-allow-origin')).toBe('*')
  const body = (await response.json()) as { data: { id: string }[] }
  expect(body.data.map((statement) => statement.id)).toEqual(['russia-foreign-ministry-telegram'])
})

test('answers bad input with problem details, never a 500', async () => {
  const bad = await fetch(api.url('/api/statements?stance=%E2%80%9D&from=2023-13-45'))
  expect(bad.status).toBe(400)
  expect(bad.headers.get('content-type')).toContain('application/problem+json')
  const outside = await fetch(api.url('/index.html'))
  expect(outside.status).toBe(404)
  const unknown = await fetch(api.url('/api/actors/%00'))
  expect(unknown.status).toBe(404)
})

test('a malformed Host header or a method fetch refuses still gets a clear answer', async () => {
  const { request } = await import('node:http')
  const status = (options: { method: string; headers?: Record<string, string> }) =>
    new Promise<number>((resolve, reject) => {
      const url = new URL(api.url('/api/actors'))
      const outgoing = request(
        { host: url.hostname, port: url.port, path: url.pathname, ...options },
        (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        },
      )
      outgoing.on('error', reject)
      outgoing.end()
    })
  expect(await status({ method: 'GET', headers: { host: 'bad host[' } })).toBe(200)
  expect(await status({ method: 'TRACE' })).toBe(405)
})

test('every answer carries the security headers: nothing to sniff, run or frame', async () => {
  for (const path of ['/api/actors', '/api/actors?x=1', '/nowhere']) {
    const response = await fetch(api.url(path))
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
    expect(response.headers.get('content-security-policy'), path).toContain(
      "frame-ancestors 'none'",
    )
    expect(response.headers.get('referrer-policy'), path).toBe('no-referrer')
  }
})
