import { transfer } from 'comlink'
import type { Statement } from '../schemas/statement'
import { buildIndex } from './build-index'
import { createEngine, type Engine } from './query'
import { matchRanges } from './search'
import type { EngineData, EngineQuery, EngineResult, FacetKey } from './types'

export type EngineSummary = {
  /** Each facet's options, in the order its counts come in. */
  values: Record<FacetKey, readonly string[]>
  actorIds: readonly string[]
  statementCount: number
  buildMs: number
}

/** A result as it crosses to the page: positions become ids the page knows. */
export type EngineAnswer = EngineResult & { actorIds: string[] }

export const noDatasetMessage = 'The filtering engine has no dataset yet: load one first.'

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * What the engine's worker offers. Queries carry a ticket that rises with each one the page
 * sends; a query that a newer one has overtaken is answered with null rather than computed.
 */
export function createEngineService() {
  let engine: Engine | null = null
  let positionOf = new Map<string, number>()
  let latest = 0
  const loaded = () => {
    if (!engine) throw new Error(noDatasetMessage)
    return engine
  }
  return {
    load(data: EngineData): EngineSummary {
      const started = performance.now()
      engine = createEngine(buildIndex(data))
      positionOf = new Map(engine.index.statements.map((statement, at) => [statement.id, at]))
      latest = 0
      return {
        values: engine.index.values,
        actorIds: engine.index.values.actor,
        statementCount: engine.index.statements.length,
        buildMs: performance.now() - started,
      }
    },
    async query(query: EngineQuery, ticket: number): Promise<EngineAnswer | null> {
      latest = Math.max(latest, ticket)
      // Let queries already sent arrive first: a typed word supersedes each of its letters.
      await nextTask()
      if (ticket < latest) return null
      const { index, query: run } = loaded()
      const result = run(query)
      const answer: EngineAnswer = {
        ...result,
        actorIds: Array.from(result.actors, (position) => index.actors[position]?.id ?? ''),
      }
      const buffers = [
        result.actors.buffer,
        result.actorOffsets.buffer,
        result.statements.buffer,
        ...Object.values(result.facets).flatMap((counts) => [
          counts.actors.buffer,
          counts.statements.buffer,
        ]),
      ].filter((buffer) => buffer instanceof ArrayBuffer)
      return transfer(answer, buffers)
    },
    /** The statements at these positions of the index, for the cards or rows in view. */
    statements(positions: readonly number[]): Statement[] {
      const { index } = loaded()
      return positions.flatMap((at) => index.statements[at] ?? [])
    },
    /** Where a search matched in a statement's passage, to highlight it. */
    matches(statementId: string, q: string): [number, number][] {
      const { index } = loaded()
      const statement = index.statements[positionOf.get(statementId) ?? -1]
      return statement ? matchRanges(statement.passage.text, q) : []
    },
  }
}

export type EngineService = ReturnType<typeof createEngineService>
