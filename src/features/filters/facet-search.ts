import { foldText } from '../../lib/engine/search'
import type { FilterOption } from './filter-options'

/** A facet with more options than this gets a search box and shows its top options by count. */
export const searchableAfter = 12
/** How many options a searchable facet shows until "Show all". */
export const topOptions = 10

/**
 * The options a searchable facet shows: those whose folded name holds the folded query, the most
 * counted first (then by name), the top few unless `expanded`; a chosen option always shows, so it
 * can be unchosen.
 */
export function shownOptions(
  options: readonly FilterOption[],
  counts: ReadonlyMap<string, number>,
  query: string,
  chosen: readonly string[],
  expanded: boolean,
): { shown: FilterOption[]; matching: number } {
  const folded = foldText(query.trim())
  const matching = options
    .filter((option) => folded === '' || foldText(option.label).includes(folded))
    .sort(
      (a, b) =>
        (counts.get(b.value) ?? 0) - (counts.get(a.value) ?? 0) || a.label.localeCompare(b.label),
    )
  const top = expanded ? matching : matching.slice(0, topOptions)
  const hiddenChosen = options.filter(
    (option) => chosen.includes(option.value) && !top.includes(option),
  )
  return { shown: [...hiddenChosen, ...top], matching: matching.length }
}
