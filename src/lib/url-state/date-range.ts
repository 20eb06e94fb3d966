import {
  isoDay,
  readParameters,
  type KnownValues,
  type ParameterTable,
  type StateOf,
  type UrlProblem,
} from './parameters'

export const dayReason = 'not a day such as 2023-09-20'

/**
 * What is wrong with a date range, if anything: an end that is not a day, or a start after the
 * end (said once, on `from`). The page's link and the API's query are both checked here, so a
 * range one refuses the other refuses in the same words.
 */
export function dateRangeProblems(from: string | null, to: string | null): UrlProblem[] {
  const ends = [
    ['from', from],
    ['to', to],
  ] as const
  const problems = ends.flatMap(([parameter, value]) =>
    value !== null && isoDay(value) === null ? [{ parameter, value, reason: dayReason }] : [],
  )
  if (problems.length === 0 && from !== null && to !== null && from > to)
    problems.push({ parameter: 'from', value: from, reason: `after the range’s end, ${to}` })
  return problems
}

const dayOrNull = (value: unknown) => (typeof value === 'string' ? value : null)

/**
 * Reads a table of filters (`from` and `to` among them) and checks their range as a whole. A
 * range with a problem is dropped entire, since half of it would show a range nobody asked for.
 */
export function readFilters<T extends ParameterTable>(
  table: T,
  params: URLSearchParams,
  known: KnownValues | undefined,
): { state: StateOf<T>; problems: UrlProblem[] } {
  const { state, problems } = readParameters(table, params, known)
  const values: Record<string, unknown> = state
  const range = dateRangeProblems(dayOrNull(values.from), dayOrNull(values.to))
  if (range.length === 0) return { state, problems }
  return { state: { ...state, from: null, to: null }, problems: [...problems, ...range] }
}
