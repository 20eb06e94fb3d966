import type { Server } from 'node:http'
import { afterAll, beforeAll } from 'vitest'
import { startHttpApi } from '../../mocks/serve/http-server'

/**
 * Runs the HTTP API on a free port for the test file and stops it afterwards. `port()` and
 * `url(path)` are known once the file's tests run.
 */
export function httpApi() {
  let server: Server | undefined
  let port = 0
  beforeAll(async () => {
    server = await startHttpApi(0)
    const address = server.address()
    if (!address || typeof address === 'string') throw new Error('The HTTP API has no port.')
    port = address.port
  })
  afterAll(
    () =>
      new Promise<void>((resolve, reject) => {
        if (!server) return resolve()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  )
  return { port: () => port, url: (path: string) => `http://127.0.0.1:${port}${path}` }
}
