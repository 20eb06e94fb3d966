import type { Statement } from '../schemas/statement'
import { dimensionIds, stanceIds } from '../vocabulary'

// Stryker disable all: the key only tells label sets apart; mutants keep them apart or drop the cache.
const labelDigits = Math.max(stanceIds.length + 2, dimensionIds.length + 1)

/**
 * A number standing for the labels a statement is coded with, in order (its stance, then each
 * dimension it takes a position on), one digit each after a leading 1; null when too many.
 */
export function labelKey(statement: Statement): number | null {
  const stance = statement.stance === null ? 0 : stanceIds.indexOf(statement.stance) + 2
  let key = labelDigits + stance
  for (const position of statement.positions) {
    if (position.value !== 'takes') continue
    if (key > Number.MAX_SAFE_INTEGER / labelDigits) return null
    key = key * labelDigits + dimensionIds.indexOf(position.dimension) + 1
  }
  return key
}
// Stryker restore all
