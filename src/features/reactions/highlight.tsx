import type { ReactNode } from 'react'
import { matchRanges, parseSearch } from '../../lib/engine/search'
import type { Actor } from '../../lib/schemas/actor'
import type { Statement } from '../../lib/schemas/statement'
import { codedLabels, searchMatches, type LabelLookup } from '../../lib/statements/filter'

/**
 * The text with what a search matched wrapped in <mark>. Only wrapped: the characters are the
 * ones given, so a quotation stays the article's words.
 */
export function highlightMatches(text: string, search: string): ReactNode {
  const ranges = matchRanges(text, search)
  if (ranges.length === 0) return text
  const parts: ReactNode[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return parts
}

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
