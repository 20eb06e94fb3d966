import { connect } from 'node:net'
import { expect, test } from 'vitest'
import { httpApi } from './http-api'

// The contract the README promises, checked with raw requests, as any client might send them.
const api = httpApi()

type Answer = { status: number; headers: Map<string, string>; body: string }

/** Sends `head` (request line and headers) as it is and reads the whole answer. */
function send(requestLine: string, headers: string[] = ['Host: 127.0.0.1']): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(api.port(), '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(Buffer.from(chunk)))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [head = '', ...rest] = text.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      const status = Number(statusLine.split(' ')[1] ?? 0)
      const map = new Map(
        lines.map((line) => {
          const colon = line.indexOf(':')
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const
        }),
      )
      resolve({ status, headers: map, body: rest.join('\r\n\r\n') })
    })
    socket.end([requestLine, ...headers, 'Connection: close', '', ''].join('\r\n'))
  })
}

const problem = (answer: Answer) => {
  expect(answer.headers.get('content-type')).toContain('application/problem+json')
  expect(answer.headers.get('access-control-allow-origin')).toBe('*')
  return JSON.parse(answer.body) as { status: number; detail: string; errors?: { field: string }[] }
}

test('a Host header with an impossible port does not change the answer', async () => {
  const answer = await send('GET /api/actors HTTP/1.1', ['Host: 127.0.0.1:99999'])
  expect(answer.status).toBe(200)
})

test('__proto__ is an unknown parameter like any other, on every endpoint', async () => {
  for (const path of ['/api/statements?__proto__=x', '/api/actors?__proto__=x']) {
    const answer = await send(`GET ${path} HTTP/1.1`)
    expect(answer.status, path).toBe(400)
    expect(
      problem(answer).errors?.map((error) => error.field),
      path,
    ).toEqual(['__proto__'])
  }
  const twice = await send('GET /api/statements?__proto__=x&__proto__=y HTTP/1.1')
  expect(twice.status).toBe(400)
  expect(problem(twice).errors?.map((error) => error.field)).toEqual(['__proto__'])
})

test('HEAD answers as GET without a body', async () => {
  const answer = await send('HEAD /api/actors HTTP/1.1')
  expect(answer.status).toBe(200)
  expect(answer.headers.get('content-type')).toContain('application/json')
  expect(answer.body).toBe('')
})

test('CONNECT, lowercase and unknown methods get 405 problem details, as the README says', async () => {
  for (const line of [
    'CONNECT 127.0.0.1:80 HTTP/1.1',
    'get /api/actors HTTP/1.1',
    'FROB /api/actors HTTP/1.1',
    'DELETE /api/actors HTTP/1.1',
  ]) {
    const answer = await send(line)
    expect(answer.status, line).toBe(405)
    expect(problem(answer).status, line).toBe(405)
    expect(answer.headers.get('allow'), line).toBe('GET, HEAD, OPTIONS')
  }
})

test('a query over 16 KB gets 431 problem details with CORS', async () => {
  const answer = await send(`GET /api/statements?q=${'a'.repeat(17_000)} HTTP/1.1`)
  expect(answer.status).toBe(431)
  expect(problem(answer).detail).toContain('too large')
})

test('a request target starting with // is a path, not another host', async () => {
  const evil = await send('GET //evil.example/api/meta HTTP/1.1')
  expect(evil.status).toBe(404)
  const doubled = await send('GET //api/actors HTTP/1.1')
  expect(doubled.status).toBe(404)
  expect(problem(doubled).detail).toContain('No endpoint at //api/actors.')
})

test('a percent-escape that is not UTF-8 is a bad request, not an empty search', async () => {
  for (const path of ['/api/statements?q=%ff', '/api/statements?q=ok&actor=%C3']) {
    const answer = await send(`GET ${path} HTTP/1.1`)
    expect(answer.status, path).toBe(400)
    expect(problem(answer).detail, path).toContain('does not decode')
  }
  const fine = await send('GET /api/statements?q=ceasefire%20 HTTP/1.1')
  expect(fine.status).toBe(200)
})
