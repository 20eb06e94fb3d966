import type { StanceSummary } from '../schemas/stance-summary'
import { transfer } from 'comlink'
import type { Statement } from '../schemas/statement'
import type { ActorResult } from '../statements/actor-results'
import { buildIndex } from './build-index'
import { pageDatasetOf, progressWords, type PageDataset, type SyntheticCorpus } from './synthetic'
import { indexForEvent, type DeriveStance } from './event-summaries'
import { namedSearch } from './named-search'
import { createEngine, type Engine } from './query'
import { shownActors } from './results'
import { matchRanges } from './search-ranges'
import type { EngineData, EngineQuery, EngineResult, FacetKey } from './types'

export type EngineSummary = {
  /** Each facet's options, in the order its counts come in. */
  values: Record<FacetKey, readonly string[]>
  actorIds: readonly string[]
  statementCount: number
  buildMs: number
}

/**
 * A result as it crosses to the page: positions become ids the page knows, and what the page
 * shows of it comes shaped (null when it asked for no shaping, or the engine has no shaper).
 */
export type EngineAnswer<Shaped = null> = EngineResult & {
  actorIds: string[]
  shaped: Shaped | null
  /**
   * For one event of several, each shown actor's stance on that event alone, in the order of
   * `actors`; absent where the dataset's own stances hold.
   */
  summaries?: (StanceSummary | null)[]
}

/**
 * Turns a view's results into what the page draws (small, aggregated plain data), here beside the
 * engine, so the page never walks every statement after an answer. The page gives the shaper.
 */
export type ResultShaper<Options, Shaped> = (
  results: readonly ActorResult[],
  options: Options,
  data: EngineData,
) => Shaped

/** What a view asks beyond the engine's query: how its results are shaped for display. */
export type ViewRequest<Options> = { shape: Options }

/** The synthetic corpus as it reaches the page, with how long the worker took. */
export type SyntheticLoad = {
  dataset: PageDataset
  /** For each statement of the index, in its order, its position in `dataset.statements`. */
  order: Int32Array
  summary: EngineSummary
  timings: { generateMs: number; indexMs: number }
}

export const noDatasetMessage = 'The filtering engine has no dataset yet: load one first.'

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export type EngineServiceOptions<Options, Shaped> = {
  /** Makes the synthetic corpus of `size` statements; given only where the generator may load. */
  generate?: (size: number) => Promise<SyntheticCorpus>
  shape?: ResultShaper<Options, Shaped>
  /** The dataset's rule, loaded when a query first asks for one event of several. */
  eventRule?: () => Promise<DeriveStance>
}

/**
 * What the engine's worker offers. Queries carry a ticket that rises with each one the page
 * sends; a query that a newer one has overtaken is answered with null rather than computed.
 */
export function createEngineService<Options = never, Shaped = null>(
  options: EngineServiceOptions<Options, Shaped> = {},
) {
  let engine: Engine | null = null
  let loadedData: EngineData | null = null
  let positionOf = new Map<string, number>()
  let latest = 0
  // One event's index, its stances derived from that event's statements alone, by event id.
  let byEvent = new Map<string, Engine>()
  /** The engine a query is answered by: one event's own where it asks for one of several. */
  const engineFor = async (query: EngineQuery): Promise<Engine> => {
    const whole = loaded()
    const [event, ...others] = query.event
    if (!event || others.length > 0 || !options.eventRule || whole.index.values.event.length < 2)
      return whole
    let own = byEvent.get(event)
    if (!own) {
      const index = indexForEvent(whole.index, event, await options.eventRule())
      own = createEngine(index, namedSearch(index))
      byEvent.set(event, own)
    }
    return own
  }
  const loaded = () => {
    if (!engine) throw new Error(noDatasetMessage)
    return engine
  }
  const load = (data: EngineData): EngineSummary => {
    const started = performance.now()
    const index = buildIndex(data)
    // The worker knows actors' other names from the start: it is not part of the first paint.
    engine = createEngine(index, namedSearch(index))
    loadedData = data
    byEvent = new Map()
    positionOf = new Map(engine.index.statements.map((statement, at) => [statement.id, at]))
    latest = 0
    return {
      values: engine.index.values,
      actorIds: engine.index.values.actor,
      statementCount: engine.index.statements.length,
      buildMs: performance.now() - started,
    }
  }
  return {
    load,
    /**
     * Generates the synthetic corpus here, indexes it, and sends it to the page once, with where
     * each indexed statement sits in it, so the page turns answers into its own records.
     */
    async loadSynthetic(size: number, progress?: (words: string) => void): Promise<SyntheticLoad> {
      if (!options.generate) throw new Error('This engine cannot generate synthetic data.')
      progress?.(progressWords.generating(size))
      const started = performance.now()
      const corpus = await options.generate(size)
      const generateMs = performance.now() - started
      progress?.(progressWords.indexing(corpus.statements.length))
      const summary = load(corpus)
      const { index } = loaded()
      const at = new Map<Statement, number>(
        corpus.statements.map((statement, position) => [statement, position]),
      )
      const order = Int32Array.from(index.statements, (statement) => at.get(statement) ?? -1)
      progress?.(progressWords.sending(corpus.statements.length))
      return transfer(
        {
          dataset: pageDatasetOf(corpus),
          order,
          summary,
          timings: { generateMs, indexMs: summary.buildMs },
        },
        [order.buffer],
      )
    },
    async query(
      query: EngineQuery,
      ticket: number,
      view?: ViewRequest<Options>,
    ): Promise<EngineAnswer<Shaped> | null> {
      latest = Math.max(latest, ticket)
      // Let queries already sent arrive first: a typed word supersedes each of its letters.
      await nextTask()
      if (ticket < latest) return null
      const answering = await engineFor(query)
      if (ticket < latest) return null
      const { index, query: run } = answering
      const result = run(query)
      const { shape } = options
      const answer: EngineAnswer<Shaped> = {
        ...result,
        ...(answering === engine
          ? {}
          : {
              summaries: Array.from(result.actors, (position) => index.summaries[position] ?? null),
            }),
        actorIds: Array.from(result.actors, (position) => index.actors[position]?.id ?? ''),
        shaped:
          view && shape && loadedData
            ? shape(shownActors(index, result), view.shape, loadedData)
            : null,
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

export type EngineService<Options = never, Shaped = null> = ReturnType<
  typeof createEngineService<Options, Shaped>
>
