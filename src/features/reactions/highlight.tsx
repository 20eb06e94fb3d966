import { parseSearch } from '../../lib/engine/search'
import { matchRanges } from '../../lib/engine/search-ranges'
import type { Actor } from '../../lib/schemas/actor'
import type { Statement } from '../../lib/schemas/statement'
import { codedLabels, searchMatches, type LabelLookup } from '../../lib/statements/filter'

/**
 * The coded labels a statement was found by, when its words alone do not match the search:
 * there is nothing in the words to highlight, so the card says which coding matched.
 */
export function codingMatched(
  statement: Statement,
  actor: Actor,
  search: string,
  labels: LabelLookup,
): string[] {
  if (parseSearch(search).length === 0 || searchMatches(statement, search, actor)) return []
  return codedLabels(statement, labels).filter((label) => matchRanges(label, search).length > 0)
}
