import { connect } from 'node:net'
import { afterEach, expect, test } from 'vitest'
import { resetFaults, setFaultPlan } from '../../mocks/faults'
import { httpApi } from './http-api'

// HEAD answers as GET would, and never with a body: not for an error, not for an answer Node's
// parser gave up on, not for the streamed export. Read from raw sockets, since a client library
// would drop a body it did not expect.
const api = httpApi()
afterEach(() => resetFaults())

/** Sends the request as written, on a connection the server closes, and splits what comes back. */
function send(requestLine: string, headers: string[] = []) {
  return new Promise<{ status: number; head: string; body: string }>((resolve, reject) => {
    const socket = connect(api.port(), '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const end = text.indexOf('\r\n\r\n')
      const head = text.slice(0, end)
      resolve({ status: Number(head.split(' ')[1]), head, body: text.slice(end + 4) })
    })
    const lines = [requestLine, 'Host: 127.0.0.1', ...headers, 'Connection: close', '', '']
    socket.end(lines.join('\r\n'))
  })
}

test.each([
  ['the statements', '/api/statements?limit=3', 200],
  ['a bad filter', '/api/statements?stance=furious', 400],
  ['an unknown id', '/api/actors/nobody', 404],
  ['a path outside the API', '/index.html', 404],
])('HEAD of %s (%s) answers %i as GET does, without the body', async (_, path, status) => {
  const got = await send(`GET ${path} HTTP/1.1`)
  const head = await send(`HEAD ${path} HTTP/1.1`)
  expect(got.status).toBe(status)
  expect(got.body).not.toBe('')
  expect(head.status).toBe(status)
  expect(head.body).toBe('')
  expect(head.head).toMatch(/^content-type: /im)
})

test('HEAD of the export answers without making or sending it', async () => {
  const head = await send('HEAD /api/statements HTTP/1.1', ['Accept: application/x-ndjson'])
  expect(head.status).toBe(200)
  expect(head.head).toMatch(/^content-type: application\/x-ndjson/im)
  expect(head.body).toBe('')
})

test('HEAD answered with an injected failure has no body', async () => {
  setFaultPlan({ statements: 'error' })
  const head = await send('HEAD /api/statements HTTP/1.1')
  expect(head.status).toBe(500)
  expect(head.body).toBe('')
})

test('HEAD with a request too large to read gets 431 without a body', async () => {
  const path = `/api/statements?q=${'a'.repeat(17_000)}`
  const got = await send(`GET ${path} HTTP/1.1`)
  expect(got.status).toBe(431)
  expect(got.body).toContain('too large')
  const head = await send(`HEAD ${path} HTTP/1.1`)
  expect(head.status).toBe(431)
  expect(head.head).toMatch(/^content-type: application\/problem\+json/im)
  expect(head.body).toBe('')
})
