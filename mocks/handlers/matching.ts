import { engineQueryOf } from '../../src/lib/engine/engine-query'
import type { FilterState } from '../../src/lib/url-state/filter-state'
import type { Indexed } from './dataset'
import { keptPerVersion } from './kept'

/**
 * A query's answer is one 32-bit position per matching statement, 400 KB at 100,000: 8 MB keeps
 * twenty of the largest and far more of the usual narrower ones.
 */
const keptPositions = keptPerVersion<Int32Array>(8 * 2 ** 20)

/**
 * The index positions of the statements a query matches, in the API's order, from the engine the
 * page uses. Every page of a query and its export need the same positions, so they are kept per
 * normalised query: paging through a large answer runs the engine once, and each page is then a
 * slice of them.
 */
export const matchingPositions = (
  found: Indexed,
  query: { state: FilterState; events: readonly string[]; normalised: string },
): Int32Array =>
  keptPositions(found, query.normalised, () => inApiOrder(found, query.state, query.events))

function inApiOrder(found: Indexed, state: FilterState, events: readonly string[]): Int32Array {
  const { engine, sorted } = found
  const result = engine.query({ ...engineQueryOf(state), event: [...events] })
  // Every statement matches: the API's order is the answer.
  if (result.statements.length === sorted.length) return sorted
  const shown = new Uint8Array(engine.index.statements.length)
  for (const at of result.statements) shown[at] = 1
  const positions = new Int32Array(result.statements.length)
  let count = 0
  for (const at of sorted) if (shown[at] === 1) positions[count++] = at
  return positions
}
