import { apiSecurityHeaders } from '../hosting/security-headers'

const overHttp = 'Sent by the HTTP server (`npm run api`) on every answer.'
const fixed = (value: string, description: string) => ({
  description,
  schema: { type: 'string', const: value },
})

/**
 * Every response header the API sends, once: each response names the ones it carries. Those of
 * the HTTP server's every answer (CORS, security) are not sent by the page's own mock API, so none
 * is required; their values are the server's (mocks/serve/http-server.ts), which the contract
 * test (tests/http/openapi-answers.test.ts) holds every answer to.
 */
export const headers = {
  ETag: {
    description:
      'A strong tag of the answer: the dataset version, the path, the normalised query and the media type. Send it back as `If-None-Match` to get a 304 while it is current.',
    required: true,
    schema: { type: 'string', pattern: '^"[^"]+"$' },
  },
  'Cache-Control': {
    ...fixed(
      'no-cache',
      'A cache may keep the answer but must revalidate it (with its ETag) before reuse: the latest version’s answers change when a new version is published.',
    ),
    required: true,
  },
  Vary: fixed(
    'Accept',
    'The same address answers the bulk export to `Accept: application/x-ndjson`.',
  ),
  'Content-Location': {
    description:
      'Where the bulk export asked for with `Accept: application/x-ndjson` lives: `/api/statements.ndjson` with the same filters (RFC 9110 §8.7). The body is that address’s answer.',
    schema: { type: 'string', pattern: '^/api/statements\\.ndjson(\\?.*)?$' },
  },
  'Content-Disposition': {
    description: 'The file’s name, as an attachment; a synthetic file says so in its name.',
    schema: { type: 'string' },
  },
  'X-Dataset': {
    description:
      'Present only on answers from the synthetic corpus (`npm run api -- --dataset synthetic`): its value is `synthetic`. Synthetic data is for testing at scale — not real statements.',
    schema: { type: 'string', enum: ['synthetic'] },
  },
  Allow: { ...fixed('GET, HEAD, OPTIONS', 'The methods the API answers.'), required: true },
  'Access-Control-Allow-Origin': fixed('*', `Any page may read the answers. ${overHttp}`),
  'Access-Control-Allow-Methods': fixed('GET, HEAD, OPTIONS', overHttp),
  'Access-Control-Allow-Headers': fixed(
    'Content-Type, If-None-Match',
    `A script in another page may send a conditional request. ${overHttp}`,
  ),
  'Access-Control-Expose-Headers': fixed(
    'ETag, X-Dataset',
    `A script in a page may read the tag and which dataset answered. ${overHttp}`,
  ),
  ...Object.fromEntries(
    Object.entries(apiSecurityHeaders).map(([name, value]) => [
      name,
      fixed(value, `Nothing in an answer is sniffed, run or framed. ${overHttp}`),
    ]),
  ),
}

export type HeaderName = keyof typeof headers

/** The HTTP server's headers on every answer. */
export const everyAnswer = [
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Expose-Headers',
  ...Object.keys(apiSecurityHeaders),
]

/** A response's `headers`: references to the named ones, beside those on every answer. */
export const headerRefs = (...names: readonly string[]) =>
  Object.fromEntries(
    [...names, ...everyAnswer].map((name) => [name, { $ref: `#/components/headers/${name}` }]),
  )
