import { wrap, type Endpoint } from 'comlink'
import type { EngineAnswer, EngineService, EngineSummary } from './engine-service'
import type { Statement } from '../schemas/statement'
import type { EngineData, EngineQuery } from './types'

export type EngineClient = {
  load: (data: EngineData) => Promise<EngineSummary>
  /** The answer, or null when a newer query has superseded this one. */
  query: (query: EngineQuery) => Promise<EngineAnswer | null>
  statements: (positions: readonly number[]) => Promise<Statement[]>
  matches: (statementId: string, q: string) => Promise<[number, number][]>
}

/** A typed client for an engine served on `endpoint` (a worker, or a message port in tests). */
export function createEngineClient(endpoint: Endpoint): EngineClient {
  const remote = wrap<EngineService>(endpoint)
  let ticket = 0
  return {
    load: (data) => remote.load(data),
    query: async (query) => {
      ticket += 1
      const mine = ticket
      const answer = await remote.query(query, mine)
      // An answer that arrives after a newer query was sent is no longer what the page shows.
      return mine === ticket ? answer : null
    },
    statements: (positions) => remote.statements([...positions]),
    matches: (statementId, q) => remote.matches(statementId, q),
  }
}

/** Starts the engine in a worker of its own; the page calls this only when it needs the engine. */
export function startEngineWorker(): { client: EngineClient; stop: () => void } {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' })
  return { client: createEngineClient(worker), stop: () => worker.terminate() }
}
