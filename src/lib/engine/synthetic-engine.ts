import type { ActorResult } from '../statements/actor-results'
import type { FilterState, ListFilter } from '../url-state/filter-state'
import { startEngineWorker } from './engine-client'
import type { EngineAnswer, EngineSummary } from './engine-service'
import { engineQueryOf } from './engine-query'
import { progressWords, type PageDataset } from './synthetic'
import { useSyntheticProgress } from './synthetic-progress'
import { byFacet, type EngineQuery, type FacetCountsByValue, type FacetKey } from './types'

/** One answer of the engine as the page reads it, for the filters it answers. */
export type SyntheticView<Shaped = null> = {
  filters: FilterState
  results: readonly ActorResult[]
  /** The results as the worker shaped them for display, with the options they were shaped by. */
  shaped: Shaped | null
  facetCounts: FacetCountsByValue
  /** How many actors a filter state one option away from `filters` shows; null if not known. */
  countActors: (state: FilterState) => number | null
}

export type SyntheticEngine<Options = never, Shaped = null> = {
  dataset: PageDataset
  summary: EngineSummary
  timings: { generateMs: number; indexMs: number; loadMs: number }
  /**
   * Asks for the view of `filters`, shaped in the worker by `shape`; the answer comes to
   * `onAnswer` unless a newer request has overtaken it. A change of the search alone waits for a
   * pause in typing. Returns a cancel.
   */
  request: (
    filters: FilterState,
    shape: Options,
    onAnswer: (view: SyntheticView<Shaped>) => void,
    onError: (error: unknown) => void,
  ) => () => void
  stop: () => void
}

/** How long a change of the search alone waits for the next letter before it is sent. */
export const typingPause = 150

/**
 * How many statements of an answer are turned into the page's records before the page may paint
 * or take a key: an answer over the whole corpus is 100,000 of them.
 */
const assembledPerTask = 20_000

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

const listFilters = [
  'stance',
  'kind',
  'actor',
  'statement-stance',
  'dimension',
  'channel',
  'speaker',
] as const satisfies readonly (FacetKey & ListFilter)[]

/**
 * The engine's query for a view's filters, the event chosen included: the header names the event
 * whose statements the cards and charts show.
 */
export const toEngineQuery = (filters: FilterState): EngineQuery => engineQueryOf(filters)

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, at) => value === b[at])

/** Whether two filter states differ in their search, and in nothing else. */
function onlySearchChanged(a: FilterState, b: FilterState): boolean {
  return (
    a.q !== b.q &&
    listFilters.every((key) => sameList(a[key], b[key])) &&
    a.from === b.from &&
    a.to === b.to
  )
}

/**
 * Starts the engine's worker, which generates and indexes the synthetic corpus of `size`
 * statements and sends it here once; what it is doing is told in `useSyntheticProgress`.
 * `createWorker` starts the worker's script, which gives the engine its shaper.
 */
export async function startSyntheticEngine<Options, Shaped>(
  size: number,
  createWorker: () => Worker,
): Promise<SyntheticEngine<Options, Shaped>> {
  const progress = (words: string | null) => useSyntheticProgress.setState({ words })
  const started = performance.now()
  const { client, failed, stop } = startEngineWorker<Options, Shaped>(createWorker)
  try {
    progress(progressWords.starting(size))
    const load = await Promise.race([client.loadSynthetic(size, progress), failed])
    const { dataset, summary } = load
    // The index's order of statements and actors, as the page's own records.
    const indexed = Array.from(load.order, (at) => {
      const statement = dataset.statements[at]
      if (!statement) throw new Error(`The engine indexed a statement the page lacks (${at}).`)
      return statement
    })
    const actorById = new Map(dataset.actors.map((actor) => [actor.id, actor]))
    const summaryById = new Map(dataset.stances.map((item) => [item.actorId, item]))
    const actorAt = summary.actorIds.map((id) => actorById.get(id))
    const summaryAt = summary.actorIds.map((id) => summaryById.get(id))

    /** The answer as the page's records, in pieces; null once `current` says it is overtaken. */
    const assemble = async (
      filters: FilterState,
      answer: EngineAnswer<Shaped>,
      current: () => boolean,
    ): Promise<SyntheticView<Shaped> | null> => {
      const all: ActorResult[] = []
      let sincePause = 0
      for (let rank = 0; rank < answer.actors.length; rank += 1) {
        const position = answer.actors[rank] ?? -1
        const actor = actorAt[position]
        // One event's own stance where the engine derived it; the corpus's otherwise.
        const stanceSummary = answer.summaries ? answer.summaries[rank] : summaryAt[position]
        if (!actor || !stanceSummary) continue
        const from = answer.actorOffsets[rank] ?? 0
        const to = answer.actorOffsets[rank + 1] ?? from
        const statements = []
        for (let at = from; at < to; at += 1) {
          const statement = indexed[answer.statements[at] ?? -1]
          if (statement) statements.push(statement)
        }
        all.push({ actor, summary: stanceSummary, statements })
        sincePause += to - from
        if (sincePause >= assembledPerTask) {
          sincePause = 0
          await nextTask()
          if (!current()) return null
        }
      }
      return viewOf(filters, all, summary, answer)
    }

    performance.measure('synthetic-load', {
      start: started,
      detail: { size, ...load.timings },
    })
    let generation = 0
    let lastSent: FilterState | null = null
    return {
      dataset,
      summary,
      timings: { ...load.timings, loadMs: performance.now() - started },
      request(filters, shape, onAnswer, onError) {
        generation += 1
        const mine = generation
        const send = () => {
          lastSent = filters
          const sentAt = performance.now()
          const view = { shape }
          const current = () => mine === generation
          Promise.race([client.query(toEngineQuery(filters), view), failed]).then(
            async (answer) => {
              // Null: the engine skipped it for a newer query; an older generation: overtaken here.
              if (!answer || !current()) return
              const assembled = await assemble(filters, answer, current)
              if (!assembled || !current()) return
              onAnswer(assembled)
              performance.measure('synthetic-query', { start: sentAt })
            },
            onError,
          )
        }
        const typing = lastSent !== null && onlySearchChanged(lastSent, filters)
        const timer = typing ? setTimeout(send, typingPause) : null
        if (!timer) send()
        return () => {
          if (timer) clearTimeout(timer)
        }
      },
      stop,
    }
  } catch (error) {
    stop()
    const reason = error instanceof Error ? `: ${error.message}` : ''
    throw new Error(
      `The synthetic data could not be made in this browser${reason}. Try again, or ask for fewer statements with a smaller size.`,
    )
  } finally {
    progress(null)
  }
}

/** The view of one answer: the engine's results and every facet's counts, as the page reads them. */
function viewOf<Shaped>(
  filters: FilterState,
  results: ActorResult[],
  summary: EngineSummary,
  answer: EngineAnswer<Shaped>,
): SyntheticView<Shaped> {
  const facetCounts: FacetCountsByValue = byFacet((key) =>
    countsOf(summary.values[key], answer.facets[key]),
  )
  const countActors = (state: FilterState): number | null => {
    if (state === filters) return results.length
    const key = listFilters.find((item) => state[item] !== filters[item])
    const value = key ? state[key][0] : undefined
    if (!key || value === undefined || state[key].length !== 1) return null
    return facetCounts[key].get(value)?.actors ?? 0
  }
  return { filters, results, shaped: answer.shaped, facetCounts, countActors }
}
function countsOf(values: readonly string[], counts: EngineAnswer<unknown>['facets'][FacetKey]) {
  return new Map(
    values.map((value, code) => [
      value,
      { actors: counts.actors[code] ?? 0, statements: counts.statements[code] ?? 0 },
    ]),
  )
}
