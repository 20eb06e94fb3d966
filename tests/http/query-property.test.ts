import fc from 'fast-check'
import { getResponse } from 'msw'
import { expect, test } from 'vitest'
import { handlers } from '../../mocks/handlers/all'
import { filterParameters } from '../../src/lib/url-state/filter-state'

// Any query string, however odd, gets either data (200) or problem details (400): never a 5xx,
// never a 405, never an answer in another shape. The same handlers serve the page, msw/node and
// the HTTP server, so this covers the parser they share.
const knownNames = [...Object.keys(filterParameters), 'event', 'limit', 'cursor']
const name = fc.oneof(
  fc.constantFrom(...knownNames, '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.string({ maxLength: 12 }),
)
const value = fc.oneof(
  fc.constantFrom('russia', 'condemns', '2023-09-20', '2023-13-45', 'a,b,,c', '%', '%ff', '%C3'),
  fc.string({ unit: 'binary', maxLength: 30 }),
)
/** Either encoded as a browser would, or left raw (stray % and all), as a script might send it. */
const part = fc
  .tuple(name, value, fc.boolean())
  .map(([key, text, raw]) =>
    raw ? `${key}=${text}` : `${encodeURIComponent(key)}=${encodeURIComponent(text)}`,
  )
const query = fc.array(part, { maxLength: 6 }).map((parts) => parts.join('&'))
const path = fc.constantFrom(
  '/api/statements',
  '/api/actors',
  '/api/statements/russia-foreign-ministry-telegram',
)

const cases = { tried: 0 }

test('any query gets 200 data or 400 problem details', async () => {
  await fc.assert(
    fc.asyncProperty(path, query, async (endpoint, search) => {
      cases.tried += 1
      let url: URL
      try {
        url = new URL(`http://api.test${endpoint}?${search}`)
      } catch {
        return // Not a URL any client could send.
      }
      // What the answer must be, whatever else happens: a name the endpoint does not take, or an
      // escape that is not UTF-8, is a bad request; nothing may be silently ignored.
      const allowed: readonly string[] = endpoint === '/api/statements' ? knownNames : []
      const unknownName = [...new URLSearchParams(url.search).keys()].some(
        (key) => !allowed.includes(key),
      )
      const undecodable = url.search
        .slice(1)
        .split('&')
        .some((raw) => {
          try {
            decodeURIComponent(raw.replace(/\+/g, ' '))
            return false
          } catch {
            return true
          }
        })
      const response = await getResponse(handlers, new Request(url))
      expect(response).toBeDefined()
      const status = response?.status ?? 0
      expect([200, 400]).toContain(status)
      if (unknownName || undecodable) expect(status, url.search).toBe(400)
      const body: unknown = await response?.json()
      if (status === 400) {
        expect(response?.headers.get('content-type')).toContain('application/problem+json')
        expect(body).toHaveProperty('status', 400)
        expect(body).toHaveProperty('detail')
      } else {
        expect(body).toHaveProperty('data')
      }
    }),
    { numRuns: 1000 },
  )
  expect(cases.tried).toBeGreaterThanOrEqual(1000)
}, 120_000)
