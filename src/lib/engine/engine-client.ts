import { proxy, wrap, type Endpoint } from 'comlink'
import type {
  EngineAnswer,
  EngineService,
  EngineSummary,
  SyntheticLoad,
  ViewRequest,
} from './engine-service'
import type { Statement } from '../schemas/statement'
import type { EngineData, EngineQuery } from './types'

export type EngineClient<Options = never, Shaped = null> = {
  load: (data: EngineData) => Promise<EngineSummary>
  /** Has the engine generate and index the synthetic corpus, and send it here once. */
  loadSynthetic: (size: number, progress: (words: string) => void) => Promise<SyntheticLoad>
  /** The answer (shaped as `view` asks), or null when a newer query has superseded this one. */
  query: (query: EngineQuery, view?: ViewRequest<Options>) => Promise<EngineAnswer<Shaped> | null>
  statements: (positions: readonly number[]) => Promise<Statement[]>
  matches: (statementId: string, q: string) => Promise<[number, number][]>
}

/** A typed client for an engine served on `endpoint` (a worker, or a message port in tests). */
export function createEngineClient<Options = never, Shaped = null>(
  endpoint: Endpoint,
): EngineClient<Options, Shaped> {
  const remote = wrap<EngineService<Options, Shaped>>(endpoint)
  let ticket = 0
  return {
    load: (data) => remote.load(data),
    loadSynthetic: (size, progress) => remote.loadSynthetic(size, proxy(progress)),
    query: async (query, view) => {
      ticket += 1
      const mine = ticket
      const answer = await remote.query(query, mine, view)
      // An answer that arrives after a newer query was sent is no longer what the page shows.
      return mine === ticket ? answer : null
    },
    statements: (positions) => remote.statements([...positions]),
    matches: (statementId, q) => remote.matches(statementId, q),
  }
}

export const workerFailedMessage =
  'The filtering engine stopped working in this browser, so the data cannot be shown.'

/**
 * Starts the engine in a worker of its own (made by `createWorker`: the page's worker script
 * gives the engine its shaper); the page calls this only when it needs the engine.
 * `failed` rejects if the worker cannot start or crashes, which a pending call would never say.
 */
export function startEngineWorker<Options, Shaped>(
  createWorker: () => Worker,
): {
  client: EngineClient<Options, Shaped>
  failed: Promise<never>
  stop: () => void
} {
  const worker = createWorker()
  const failed = new Promise<never>((_, reject) => {
    const fail = () => reject(new Error(workerFailedMessage))
    worker.addEventListener('error', fail)
    worker.addEventListener('messageerror', fail)
  })
  // Nobody may be waiting when it fails; the rejection is still reported to whoever is.
  failed.catch(() => undefined)
  return {
    client: createEngineClient<Options, Shaped>(worker),
    failed,
    stop: () => worker.terminate(),
  }
}
