// The mock API over plain HTTP, for analysts' scripts (curl, R, pandas):
//   npm run api            serves on http://localhost:8787/api
//   PORT=9000 MOCK_FAULTS=statements:error MOCK_LATENCY=300 npm run api
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { getResponse } from 'msw'
import { parseFaultPlan, setFaultPlan, setLatency } from '../faults'
import { handlers } from '../handlers/all'
import { problemResponse } from '../problem'
import { apiSecurityHeaders } from '../../scripts/security-headers'

const corsHeaders = {
  ...apiSecurityHeaders,
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
}

/** The request as `fetch` sees it, or `null` when it cannot be one (a method fetch refuses). */
function toRequest(incoming: IncomingMessage, origin: string): Request | null {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  try {
    return new Request(new URL(incoming.url ?? '/', origin), { method: incoming.method, headers })
  } catch {
    return null
  }
}

async function handle(incoming: IncomingMessage, outgoing: ServerResponse, origin: string) {
  if (incoming.method === 'OPTIONS') {
    outgoing.writeHead(204, corsHeaders).end()
    return
  }
  const request = toRequest(incoming, origin)
  if (!request) {
    await send(
      outgoing,
      problemResponse(
        405,
        `${incoming.method ?? 'This method'} is not allowed: the API is read-only.`,
      ),
    )
    return
  }
  const path = new URL(request.url).pathname
  const response =
    (path === '/api' || path.startsWith('/api/')
      ? await getResponse(handlers, request)
      : undefined) ??
    problemResponse(404, `No endpoint at ${path}. The API lives under /api; see /api/openapi.json.`)
  if (response.type === 'error') {
    // An injected "offline" fault: drop the connection as a dead network would.
    incoming.socket.destroy()
    return
  }
  await send(outgoing, response)
}

async function send(outgoing: ServerResponse, response: Response) {
  outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), ...corsHeaders })
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

/** Starts the server; resolves once it listens. Port 0 picks a free port. */
export function startHttpApi(port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    // The Host header is the client's to send; only a well-formed one names the origin.
    const claimed = incoming.headers.host ?? ''
    const origin = /^[\w.-]+(:\d+)?$/.test(claimed) ? `http://${claimed}` : `http://${host}:${port}`
    handle(incoming, outgoing, origin).catch((error: unknown) => {
      console.error(error)
      if (!outgoing.headersSent) outgoing.writeHead(500, corsHeaders)
      outgoing.end()
    })
  })
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { plan, problems } = parseFaultPlan(process.env.MOCK_FAULTS ?? '')
  problems.forEach((problem) => console.warn(problem))
  setFaultPlan(plan)
  const latency = Number(process.env.MOCK_LATENCY ?? 0)
  if (latency > 0) setLatency(latency)
  const port = Number(process.env.PORT ?? 8787)
  const host = process.env.HOST ?? '127.0.0.1'
  const server = await startHttpApi(port, host)
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  console.log(`Mock API listening on http://${host}:${actualPort}/api (see /api/openapi.json)`)
}
