import type { ActorResult, CardResult, DashboardData } from '../statements/actor-results'
import { allEvents, emptyFilterState, type FilterState } from '../url-state/filter-state'
import { buildIndex } from './build-index'
import { engineQueryOf } from './engine-query'
import type { EventIndexer } from './event-summaries'
import { createEngine, type Engine } from './query'
import { facetCountsOf, shownActors, shownCards } from './results'
import type { EngineResult, FacetCountsByValue } from './types'

/** A dataset held in the page: the article's, a published version's or the analyst's workspace. */
export type PageData = Pick<
  DashboardData,
  'actors' | 'statements' | 'codebook' | 'events' | 'otherNames'
> &
  Partial<Pick<DashboardData, 'stances'>> & {
    /**
     * The dataset's rule, where the page has it: with several events, one event's view derives
     * each actor's stance from that event's statements alone.
     */
    forEvent?: EventIndexer
  }

/** What the page draws for one filter state: the actors shown and every filter's counts. */
export type DatasetAnswer<Result> = { results: Result[]; facetCounts: FacetCountsByValue }

type Indexed = {
  engine: Engine
  stancesKnown: boolean
  answers: WeakMap<FilterState, EngineResult>
  /** The same index with the stances of one event alone, by event id. */
  byEvent: Map<string, Indexed>
}

// Each dataset is indexed once, and each filter state asked of it once, however many panels ask.
const withStances = new WeakMap<object, Indexed>()
const withoutStances = new WeakMap<object, Indexed>()

function indexedOf(data: PageData, stancesKnown: boolean): Indexed {
  const cache = stancesKnown ? withStances : withoutStances
  let found = cache.get(data)
  if (!found) {
    const index = buildIndex(
      { ...data, stances: stancesKnown ? (data.stances ?? []) : [] },
      { withoutStances: !stancesKnown },
    )
    found = {
      engine: createEngine(index, data.otherNames?.(index)),
      stancesKnown,
      answers: new WeakMap(),
      byEvent: new Map(),
    }
    cache.set(data, found)
  }
  return found
}

/** The index a filter state is answered from: one event's own stances where it shows one of several. */
function indexedFor(data: PageData, stancesKnown: boolean, state: FilterState): Indexed {
  const indexed = indexedOf(data, stancesKnown)
  const event = state.event
  if (!stancesKnown || !data.forEvent || (data.events?.length ?? 0) < 2) return indexed
  if (event === null || event === allEvents) return indexed
  let own = indexed.byEvent.get(event)
  if (!own) {
    const index = data.forEvent(indexed.engine.index, event)
    own = {
      engine: createEngine(index, data.otherNames?.(index)),
      stancesKnown,
      answers: new WeakMap(),
      byEvent: new Map(),
    }
    indexed.byEvent.set(event, own)
  }
  return own
}

function answerOf({ engine, stancesKnown, answers }: Indexed, state: FilterState): EngineResult {
  let result = answers.get(state)
  if (!result) {
    const query = engineQueryOf(state)
    // Without the stances, the stance filter cannot be applied, and is left off.
    result = engine.query(stancesKnown ? query : { ...query, stance: [] })
    answers.set(state, result)
  }
  return result
}

/** The answer for a filter state, each shown actor read from the index by `shown`. */
function answerFor<Result>(
  indexed: Indexed,
  state: FilterState,
  shown: (index: Engine['index'], result: EngineResult) => Result[],
): DatasetAnswer<Result> {
  const result = answerOf(indexed, state)
  return {
    results: shown(indexed.engine.index, result),
    facetCounts: facetCountsOf(indexed.engine.index, result),
  }
}

/**
 * The actors the filters leave, each with its statements that match them, and each filter's
 * counts: an actor is shown when one of its statements matches every statement filter, and the
 * actor filters (stance, kind, actor) select it.
 */
export const showData = (data: DashboardData, state: FilterState): DatasetAnswer<ActorResult> =>
  answerFor(indexedFor(data, true, state), state, shownActors)

/**
 * The cards while the derived stances are unavailable: every filter but stance, which needs them,
 * and every actor, with or without a stance.
 */
export const showCards = (data: PageData, state: FilterState): DatasetAnswer<CardResult> =>
  answerFor(indexedFor(data, false, state), state, shownCards)

/** How many actors a filter state shows; without stances, as the cards count them. */
export function countActors(data: PageData, state: FilterState, stancesKnown = true): number {
  return answerOf(indexedFor(data, stancesKnown, state), state).actors.length
}

/**
 * The results with the actor of a linked statement (a permalink) added when the filters hide it,
 * so the statement a link points at is always on screen.
 */
export function withLinkedStatement(
  data: DashboardData,
  results: readonly ActorResult[],
  statementId: string | null,
): readonly ActorResult[] {
  // Most views link no statement: then there is nothing to look for among every statement.
  if (statementId === null) return results
  const linked = data.statements.find((statement) => statement.id === statementId)
  if (!linked || results.some((result) => result.actor.id === linked.actorId)) return results
  const own = showData(data, emptyFilterState).results.find(
    (result) => result.actor.id === linked.actorId,
  )
  if (!own) return results
  return [...results, { ...own, statements: [linked] }].sort(
    (a, b) => a.actor.order - b.actor.order,
  )
}
