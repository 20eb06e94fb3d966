import type { ActorResult, CardResult } from '../statements/actor-results'
import type { EngineIndex } from './build-index'
import { byFacet, type EngineResult, type FacetCountsByValue, type FacetKey } from './types'

/** The result as cards read it: each actor shown with its statements shown. */
export function shownActors(index: EngineIndex, result: EngineResult): ActorResult[] {
  return shownCards(index, result).map(({ actor, summary, statements }) => {
    if (!summary) throw new Error(`The index has no stance for ${actor.id}.`)
    return { actor, summary, statements }
  })
}

/** The result as cards read it, with no stance where the index knows none. */
export function shownCards(index: EngineIndex, result: EngineResult): CardResult[] {
  return Array.from(result.actors, (position, rank) => {
    const actor = index.actors[position]
    const summary = index.summaries[position] ?? null
    if (!actor) throw new Error(`The index has no actor at position ${position}.`)
    const from = result.actorOffsets[rank] ?? 0
    const to = result.actorOffsets[rank + 1] ?? from
    const statements = Array.from(result.statements.subarray(from, to), (at) => {
      const statement = index.statements[at]
      if (!statement) throw new Error(`The index has no statement at position ${at}.`)
      return statement
    })
    return { actor, summary, statements }
  })
}

/** Every facet's counts by option value. */
export const facetCountsOf = (index: EngineIndex, result: EngineResult): FacetCountsByValue =>
  byFacet((key) => facetCountsByValue(index, result, key))

/** One facet's counts by option value: actors shown (as the dashboard counts) and statements. */
export function facetCountsByValue(
  index: EngineIndex,
  result: EngineResult,
  key: FacetKey,
): Map<string, { actors: number; statements: number }> {
  const counts = result.facets[key]
  return new Map(
    index.values[key].map((value, code) => [
      value,
      { actors: counts.actors[code] ?? 0, statements: counts.statements[code] ?? 0 },
    ]),
  )
}
