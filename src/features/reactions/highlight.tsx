import type { ReactNode } from 'react'
import { highlightMatches } from '../../components/highlight-matches'
import { otherNamesOf, type OtherNames } from '../../lib/engine/other-names'
import { parseSearch } from '../../lib/engine/search'
import { matchRanges } from '../../lib/engine/search-ranges'
import { gazetteer } from '../../lib/gazetteer/gazetteer'
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

let everyName: OtherNames | null = null

/**
 * The text with what a search matched marked, and with it the other spellings a name in the
 * search was also looked for by ("Pashinian" for "Pashinyan", "Türkiye" for "Turkey"), so a card
 * found by one shows where.
 */
export function highlightNames(text: string, search: string): ReactNode {
  everyName ??= otherNamesOf(gazetteer)
  const { names } = everyName.resolve(parseSearch(search))
  const spellings = names.flatMap((name) => name.spellings.map((spelling) => `"${spelling}"`))
  return highlightMatches(text, [search, ...spellings].join(' '))
}

/**
 * How the cards show what a search matched: its words marked, and a statement found by its coding
 * said so. Loaded with the first search, so that no view without one carries the code.
 */
export type CardMatches = {
  highlightNames: typeof highlightNames
  codingMatched: typeof codingMatched
}
