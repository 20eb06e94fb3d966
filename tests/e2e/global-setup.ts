import { createServer } from 'node:http'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    port: number
    reportPort: number
  }
}

/** Serves the production build (built by `npm run test:e2e`) for the browser tests. */
export default async function setup(project: TestProject) {
  const server = await preview({
    preview: {
      port: 0,
      host: '127.0.0.1',
      strictPort: false,
      // `tracker.test` is mapped to 127.0.0.1 inside Chromium: an origin that is not secure.
      allowedHosts: ['localhost', 'tracker.test'],
    },
    logLevel: 'warn',
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('the preview server has no port')
  project.provide('port', address.port)

  // A writer's report on another origin (another port), holding embed code as it would be pasted:
  // /report.html?code=<the code, URL-encoded>.
  const report = createServer((request, response) => {
    const code = new URL(request.url ?? '/', 'http://report').searchParams.get('code') ?? ''
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(
      `<!doctype html><html lang="en"><title>A report</title><body><h1>A report</h1>${code}<p>After the embed.</p></body></html>`,
    )
  })
  await new Promise<void>((resolve) => report.listen(0, '127.0.0.1', resolve))
  const reportAddress = report.address()
  if (!reportAddress || typeof reportAddress === 'string')
    throw new Error('the report server has no port')
  project.provide('reportPort', reportAddress.port)
  return async () => {
    await server.close()
    await new Promise((resolve) => report.close(resolve))
  }
}
