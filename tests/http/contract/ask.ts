import { Agent, request } from 'node:http'
import { connect } from 'node:net'

export type Asked = {
  method: string
  /** Path and query, sent as they are. */
  path: string
  headers?: Record<string, string>
  /** The status the API must answer with. */
  expect: number
  /** Sent over a bare socket, read as it comes (see `askRaw`). */
  raw?: boolean
}

export type Answer = {
  status: number
  /** Header names in lower case; `repeated` lists any sent more than once. */
  headers: Record<string, string>
  repeated: string[]
  body: Buffer
}

// Kept-alive connections: thousands of small requests would otherwise each open one.
const agent = new Agent({ keepAlive: true, maxSockets: 4 })

/** Sends one request as a script would (any method, any header) and reads the whole answer. */
export function ask(port: number, asked: Asked): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: asked.method,
        path: asked.path,
        headers: asked.headers,
        agent,
      },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('error', reject)
        incoming.on('end', () => {
          const names = incoming.rawHeaders
            .filter((_, at) => at % 2 === 0)
            .map((name) => name.toLowerCase())
          const headers: Record<string, string> = {}
          for (const [name, value] of Object.entries(incoming.headers))
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
          resolve({
            status: incoming.statusCode ?? 0,
            headers,
            repeated: names.filter((name, at) => names.indexOf(name) !== at),
            body: Buffer.concat(chunks),
          })
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/** Asks each in turn, a few at a time, keeping the order of the answers. */
export async function askAll(port: number, all: readonly Asked[]): Promise<Answer[]> {
  const answers: Answer[] = new Array<Answer>(all.length)
  let next = 0
  const worker = async () => {
    while (next < all.length) {
      const at = next++
      const asked = all[at]
      if (asked) answers[at] = await (asked.raw ? askRaw : ask)(port, asked)
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  return answers
}

/**
 * Sends one request over a bare socket and reads what comes back until the server closes it: for
 * answers Node's parser gives before any handler (431), where a client's own parser would hide a
 * body sent after a HEAD.
 */
export function askRaw(port: number, asked: Asked): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const all = Buffer.concat(chunks)
      const end = all.indexOf('\r\n\r\n')
      const [statusLine = '', ...lines] = all.subarray(0, end).toString('latin1').split('\r\n')
      const names: string[] = []
      const headers: Record<string, string> = {}
      for (const line of lines) {
        const colon = line.indexOf(':')
        const name = line.slice(0, colon).toLowerCase()
        names.push(name)
        headers[name] = line.slice(colon + 1).trim()
      }
      resolve({
        status: Number(statusLine.split(' ')[1] ?? 0),
        headers,
        repeated: names.filter((name, at) => names.indexOf(name) !== at),
        body: all.subarray(end + 4),
      })
    })
    const fields = Object.entries({ Host: '127.0.0.1', ...asked.headers, Connection: 'close' })
    socket.end(
      [
        `${asked.method} ${asked.path} HTTP/1.1`,
        ...fields.map(([k, v]) => `${k}: ${v}`),
        '',
        '',
      ].join('\r\n'),
    )
  })
}
