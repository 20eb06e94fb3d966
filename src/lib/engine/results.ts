import type { Actor } from '../schemas/actor'
import type { StanceSummary } from '../schemas/stance-summary'
import type { Statement } from '../schemas/statement'
import type { ActorResult } from '../statements/apply-filters'
import type { EngineIndex } from './build-index'
import type { EngineResult, FacetKey } from './types'

export type ShownActor = { actor: Actor; summary: StanceSummary; statements: Statement[] }

/** The result as cards read it: each actor shown with its statements shown. */
export function shownActors(index: EngineIndex, result: EngineResult): ShownActor[] {
  return Array.from(result.actors, (position, rank) => {
    const actor = index.actors[position]
    const summary = index.summaries[position]
    if (!actor || !summary) throw new Error(`The index has no actor at position ${position}.`)
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

/**
 * The results with only the statements that express one of `chosen` (every statement when none is
 * chosen), and without the actors left with none. The engine's index knows no filter on a single
 * statement's stance, so the page and the worker both apply it to the engine's results.
 */
export function keepStatementStances(
  results: readonly ActorResult[],
  chosen: readonly string[],
): readonly ActorResult[] {
  if (chosen.length === 0) return results
  return results.flatMap((result) => {
    const statements = result.statements.filter(
      (statement) => statement.stance !== null && chosen.includes(statement.stance),
    )
    return statements.length > 0 ? [{ ...result, statements }] : []
  })
}

/**
 * For each stance, how many of the actors shown have a statement that expresses it: what choosing
 * that statement stance alone would show, the other filters as they are. Counted from the index's
 * positions, with no list of statements built.
 */
export function actorsByStatementStance(
  index: EngineIndex,
  result: EngineResult,
): Record<string, number> {
  const counts: Record<string, number> = {}
  for (let rank = 0; rank < result.actors.length; rank += 1) {
    const seen = new Set<string>()
    const to = result.actorOffsets[rank + 1] ?? 0
    for (let at = result.actorOffsets[rank] ?? to; at < to; at += 1) {
      const stance = index.statements[result.statements[at] ?? -1]?.stance
      if (stance && !seen.has(stance)) {
        seen.add(stance)
        counts[stance] = (counts[stance] ?? 0) + 1
      }
    }
  }
  return counts
}
