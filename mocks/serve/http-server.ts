// The mock API over plain HTTP, for analysts' scripts (curl, R, pandas):
//   npm run api            serves on http://localhost:8787/api
//   PORT=9000 MOCK_FAULTS=statements:error MOCK_LATENCY=300 npm run api
//   npm run api -- --dataset synthetic --size 100000 [--seed 1]   the synthetic corpus instead
//   npm run api -- --dataset /tmp/statements-1m.parquet   a corpus from `npm run corpus`, in DuckDB
//
// Node's request is turned into a fetch Request here by hand, on purpose: the answers that matter
// most for the contract (unknown or lowercase methods, CONNECT, oversized headers) are decided by
// Node's parser before any request listener, so an adapter to fetch would not cover them; they are
// answered below from `clientError` and `connect`.
import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { Duplex } from 'node:stream'
import { getResponse, type RequestHandler } from 'msw'
import { parseFaultPlan, setFaultPlan, setLatency } from '../faults'
import { handlers as articleHandlers } from '../handlers/all'
import { handlersFromArgs } from './dataset-args'
import { problemBody, problemResponse } from '../problem'
import { listenProblem, seconds } from './start-up'
import { writeBody } from './write-body'
import { apiSecurityHeaders } from '../../hosting/security-headers'

const corsHeaders = {
  ...apiSecurityHeaders,
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  // A script in another page may revalidate with the ETag it read (a conditional GET).
  'Access-Control-Allow-Headers': 'Content-Type, If-None-Match',
  // A script in a page may read the cache tag and which dataset answered.
  'Access-Control-Expose-Headers': 'ETag, X-Dataset',
}

const readOnly = (method: string) =>
  problemResponse(405, `${method} is not allowed: the API is read-only (GET, HEAD, OPTIONS).`)

/**
 * The request as the handlers see it. The origin is the server's own, never the client's Host
 * header (any text, any port); the request target is taken as a path, so `//evil.example/api/meta`
 * is the path it looks like, not another host.
 */
function toRequest(incoming: IncomingMessage, origin: string): Request {
  const target = incoming.url ?? '/'
  const queryStart = target.indexOf('?')
  const url = new URL(origin)
  url.pathname = queryStart === -1 ? target : target.slice(0, queryStart)
  url.search = queryStart === -1 ? '' : target.slice(queryStart)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue
    try {
      headers.set(name, Array.isArray(value) ? value.join(', ') : value)
    } catch {
      // A header fetch refuses (a forbidden byte) changes nothing the API reads.
    }
  }
  return new Request(url, { method: 'GET', headers })
}

async function handle(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  origin: string,
  handlers: readonly RequestHandler[],
) {
  const method = incoming.method ?? 'GET'
  if (method === 'OPTIONS') {
    outgoing.writeHead(204, corsHeaders).end()
    return
  }
  if (method !== 'GET' && method !== 'HEAD') {
    await send(outgoing, readOnly(method), { body: true })
    return
  }
  const request = toRequest(incoming, origin)
  const path = new URL(request.url).pathname
  const response =
    (path === '/api' || path.startsWith('/api/')
      ? await getResponse([...handlers], request)
      : undefined) ??
    problemResponse(404, `No endpoint at ${path}. The API lives under /api; see /api/openapi.json.`)
  if (response.type === 'error') {
    // An injected "offline" fault: drop the connection as a dead network would.
    incoming.socket.destroy()
    return
  }
  // HEAD answers as GET would, without the body.
  await send(outgoing, response, { body: method === 'GET' })
}

async function send(outgoing: ServerResponse, response: Response, options: { body: boolean }) {
  // A body that is not the length its response claimed fails here rather than reaching a client.
  outgoing.strictContentLength = true
  outgoing.writeHead(response.status, {
    ...Object.fromEntries(response.headers),
    ...corsHeaders,
    ...(response.status === 405 ? { Allow: 'GET, HEAD, OPTIONS' } : {}),
  })
  if (!options.body || !response.body) {
    await response.body?.cancel()
    outgoing.end()
    return
  }
  // Streamed as the handler makes it (the NDJSON export row by row), never held whole.
  await writeBody(response.body, outgoing)
}

/** A whole problem+json answer for a socket Node's parser gave up on; a HEAD's has no body. */
function rawProblem(status: number, detail: string, head = false): string {
  const body = JSON.stringify(problemBody(status, detail))
  const headers: Record<string, string> = {
    ...corsHeaders,
    'Content-Type': 'application/problem+json',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
    ...(status === 405 ? { Allow: 'GET, HEAD, OPTIONS' } : {}),
  }
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
  const statusLine = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`
  return [statusLine, ...lines, '', head ? '' : body].join('\r\n')
}

function answerParserError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable) return
  const [status, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'The request line and headers are too large (at most 16 KB): shorten the query.']
      : error.code === 'HPE_INVALID_METHOD'
        ? [405, 'This method is not allowed: the API is read-only (GET, HEAD, OPTIONS).']
        : [400, 'The request is not valid HTTP.']
  // The parser hands back the bytes it was reading, the request line among them unless it came
  // in an earlier read than the ones that overflowed.
  const packet = 'rawPacket' in error && Buffer.isBuffer(error.rawPacket) ? error.rawPacket : null
  socket.end(rawProblem(status, detail, packet?.subarray(0, 5).toString('latin1') === 'HEAD '))
}

/**
 * Starts the server; resolves once it listens. Port 0 picks a free port. `handlers` serve another
 * dataset (`createHandlers(syntheticDataset())`); the article's by default.
 */
export function startHttpApi(
  port: number,
  host = '127.0.0.1',
  handlers: readonly RequestHandler[] = articleHandlers,
): Promise<Server> {
  let origin = `http://${host}:${port}`
  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing, origin, handlers).catch((error: unknown) => {
      console.error(error)
      // Cut short, so the client sees a broken answer rather than a complete-looking part of one.
      if (outgoing.headersSent) {
        outgoing.destroy()
        return
      }
      void send(outgoing, problemResponse(500, 'The mock API failed; see its log.'), {
        body: true,
      })
    })
  })
  server.on('clientError', answerParserError)
  // CONNECT never reaches the request listener; it gets the same answer as any other method.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    socket.end(
      rawProblem(405, 'CONNECT is not allowed: the API is read-only (GET, HEAD, OPTIONS).'),
    )
  })
  return new Promise((resolve, reject) => {
    // A port in use or refused rejects, so the caller can say which and what to change.
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const address = server.address()
      if (typeof address === 'object' && address) origin = `http://${host}:${address.port}`
      resolve(server)
    })
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let handlers: readonly RequestHandler[]
  try {
    handlers = await handlersFromArgs(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(2)
  }
  const { plan, problems } = parseFaultPlan(process.env.MOCK_FAULTS ?? '')
  problems.forEach((problem) => console.warn(problem))
  setFaultPlan(plan)
  const latency = Number(process.env.MOCK_LATENCY ?? 0)
  if (latency > 0) setLatency(latency)
  const port = Number(process.env.PORT ?? 8787)
  const host = process.env.HOST ?? '127.0.0.1'
  const server = await startHttpApi(port, host, handlers).catch((error: unknown) => {
    console.error(listenProblem(error, host, process.env.PORT ?? '8787'))
    return process.exit(1)
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  console.log(
    `Mock API listening on http://${host}:${actualPort}/api (see /api/openapi.json); ready in ${seconds(performance.now())}`,
  )
}
