import { setupServer } from 'msw/node'
import { handlers } from '../handlers/all'

/** The mock API for tests: msw intercepts `fetch` in the Node process. */
export const server = setupServer(...handlers)
