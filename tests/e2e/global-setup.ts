import { preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    port: number
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
  return async () => {
    await server.close()
  }
}
