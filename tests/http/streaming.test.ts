import { request, type IncomingMessage, type Server } from 'node:http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { http } from 'msw'
import { startHttpApi } from '../../mocks/serve/http-server'

// The server writes a handler's body as the handler streams it, at the pace the client reads it.
// Test handlers stand in for the export here, so each test can see what the server asked of the
// stream; the export itself is tested in ndjson-export.test.ts.

const chunk = new Uint8Array(64 * 1024).fill(0x61)
const chunksInAll = 4096 // 256 MB: more than any socket buffers between client and server

let release: () => void = () => undefined
const released = new Promise<void>((resolve) => (release = resolve))
const bulk = { pulled: 0, cancelled: false }

const handlers = [
  // One line, then the rest only once the test has seen the first.
  http.get('*/api/two-parts', () => {
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode('{"line":1}\n'))
        await released
        controller.enqueue(encoder.encode('{"line":2}\n'))
        controller.close()
      },
    })
    return new Response(body, { headers: { 'Content-Type': 'application/x-ndjson' } })
  }),
  // 256 MB (or `?chunks=N` of 64 KB) made a chunk at a time as the server asks, counting them.
  http.get('*/api/bulk', ({ request }) => {
    const chunks = Number(new URL(request.url).searchParams.get('chunks') ?? chunksInAll)
    bulk.pulled = 0
    bulk.cancelled = false
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        bulk.pulled += 1
        controller.enqueue(chunk)
        if (bulk.pulled === chunks) controller.close()
      },
      cancel() {
        bulk.cancelled = true
      },
    })
    return new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } })
  }),
]

let server: Server
let port = 0
beforeAll(async () => {
  server = await startHttpApi(0, '127.0.0.1', handlers)
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  port = address.port
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const get = (path: string) =>
  new Promise<IncomingMessage>((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path }, resolve)
    outgoing.on('error', reject)
    outgoing.end()
  })

/** Waits until `read()` has stayed the same for a few looks in a row, and returns it. */
async function settled(read: () => number): Promise<number> {
  let last = -1
  let same = 0
  while (same < 5) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    same = read() === last ? same + 1 : 0
    last = read()
  }
  return last
}

test('the first line of a streamed answer reaches the client before the answer is complete', async () => {
  const response = await get('/api/two-parts')
  // Only after this line arrives is the rest of the body made: held whole, it would never come.
  const first = await new Promise<string>((resolve) =>
    response.once('data', (data: Buffer) => resolve(data.toString('utf8'))),
  )
  expect(JSON.parse(first.split('\n')[0] ?? '')).toEqual({ line: 1 })
  release()
  let rest = ''
  for await (const data of response) rest += String(data)
  expect(rest).toBe('{"line":2}\n')
})

test('a client that stops reading stops the stream, and one that hangs up cancels it', async () => {
  const response = await get('/api/bulk')
  response.pause()
  const pulled = await settled(() => bulk.pulled)
  // Only what the socket buffers hold was made, a small part of the 256 MB.
  expect(pulled * chunk.byteLength).toBeLessThan(64 * 2 ** 20)
  expect(bulk.cancelled).toBe(false)
  response.socket.destroy()
  await settled(() => bulk.pulled)
  expect(bulk.cancelled).toBe(true)
  expect(bulk.pulled).toBeLessThan(chunksInAll)
})

test('a client that reads it all gets every byte of a streamed answer', async () => {
  const response = await get('/api/bulk?chunks=256')
  let bytes = 0
  for await (const data of response) bytes += (data as Buffer).byteLength
  expect(bytes).toBe(256 * chunk.byteLength)
  expect(bulk.cancelled).toBe(false)
})
