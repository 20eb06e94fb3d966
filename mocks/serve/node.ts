import { setupServer } from 'msw/node'
import { createHandlers, handlers } from '../handlers/all'
import type { ServedDataset } from '../handlers/dataset'

/** The mock API for tests: msw intercepts `fetch` in the Node process. */
export const server = setupServer(...handlers)

/**
 * Serves another dataset (`syntheticDataset({ size: 400 })`) until the handlers are reset, which
 * the test setup does after each test.
 */
export const serveDataset = (served: ServedDataset) => server.use(...createHandlers(served))
