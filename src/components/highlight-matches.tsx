import type { ReactNode } from 'react'
import { matchRanges } from '../lib/engine/search-ranges'

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
