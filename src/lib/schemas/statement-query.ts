import { readFilters } from '../url-state/date-range'
import { allEvents, type FilterState } from '../url-state/filter-state'
import { filterParameters, filterRows } from '../url-state/filter-table'
import { writeParameters, type KnownValues } from '../url-state/parameters'

/**
 * The parts of a raw query string (`?q=%ff`) whose percent-escapes are not UTF-8. URLSearchParams
 * would quietly turn them into U+FFFD and search for that; they are reported instead.
 */
export function undecodableQueryParts(search: string): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      try {
        decodeURIComponent(part.replace(/\+/g, ' '))
        return false
      } catch {
        return true
      }
    })
}

/** A query parameter the API could not use, and why, in words a person can act on. */
export type QueryProblem = { field: string; message: string }

/** Each parameter of `params` that is not one of `names`, once. */
export const unknownParameters = (
  params: URLSearchParams,
  names: readonly string[],
): QueryProblem[] =>
  [...new Set(params.keys())]
    .filter((key) => !names.includes(key))
    .map((key) => ({ field: key, message: `unknown parameter "${key}"` }))

// The API takes several events where a link holds one; everything else is read as a link is.
const apiFilters = { ...filterParameters, event: filterParameters.event.several }

/**
 * Reads `GET /api/statements`'s filters with the dashboard's own table, so a link's query string
 * means the same on the page and in the API. Where the page drops a bad value with a notice, the
 * API refuses the request and names it in the notice's words: a script should not get a quietly
 * wider answer. `extra` names the API's own parameters (paging), which are read elsewhere.
 * The events are apart from `state`, whose one `event` is left null; `normalised` is the query as
 * a link writes it, to tell queries apart.
 */
export function readStatementsQuery(
  params: URLSearchParams,
  known: KnownValues,
  extra: readonly string[] = [],
): { state: FilterState; events: string[]; problems: QueryProblem[]; normalised: string } {
  const problems = unknownParameters(params, [...Object.keys(apiFilters), ...extra])
  const { state, problems: dropped } = readFilters(apiFilters, params, known)
  for (const { parameter, value, reason } of dropped)
    problems.push({ field: parameter, message: `${reason} (got "${value.slice(0, 100)}")` })
  for (const [name, row] of filterRows) {
    if (row.kind !== 'text') continue
    const given = params.getAll(name)
    if (given.length > 1) problems.push({ field: name, message: `give \`${name}\` once` })
    if ((given[0] ?? '').length > row.maxLength)
      problems.push({ field: name, message: `longer than ${row.maxLength} characters` })
  }
  const events = state.event.includes(allEvents) ? [] : [...state.event].sort()
  const written = new URLSearchParams()
  writeParameters(apiFilters, { ...state, event: events }, written)
  return { state: { ...state, event: null }, events, problems, normalised: written.toString() }
}
