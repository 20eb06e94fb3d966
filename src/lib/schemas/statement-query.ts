import * as z from 'zod/mini'
import { actorIdSchema } from './actor'
import { channelSchema } from './statement'
import { dimensionIdSchema, stanceIdSchema } from './codebook'
import { filterParameters, type FilterState } from '../url-state/filter-state'
import { readParameters, type KnownValues } from '../url-state/parameters'

/**
 * The statement-level filters as the statement matcher takes them (`stance` here is each
 * statement's own stance). The API reads its query with `readStatementFilters` below. Multi-valued filters take repeated parameters or
 * comma-separated values; within one filter any value matches, across filters all must.
 */
export const statementQuerySchema = z
  .strictObject({
    actor: z.optional(z.array(actorIdSchema)),
    stance: z.optional(z.array(stanceIdSchema)),
    dimension: z.optional(z.array(dimensionIdSchema)),
    channel: z.optional(z.array(channelSchema)),
    from: z.optional(z.iso.date()),
    to: z.optional(z.iso.date()),
    q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  })
  .check(
    z.refine((query) => !query.from || !query.to || query.from <= query.to, {
      error: '`from` must not be after `to`',
      path: ['from'],
    }),
  )
export type StatementQuery = z.infer<typeof statementQuerySchema>

const multiValued = new Set(['actor', 'stance', 'dimension', 'channel'])

/**
 * Reads URL search parameters into the shape the query schema expects. The result has no
 * prototype, so a parameter named `__proto__` or `constructor` is a field like any other (and an
 * unknown one) instead of changing what the object is.
 */
export function searchParamsToQuery(params: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    if (multiValued.has(key)) {
      query[key] = values.flatMap((value) => value.split(',')).filter((value) => value !== '')
    } else {
      // A single-valued filter given twice is ambiguous: keep the array so the schema rejects it.
      query[key] = values.length === 1 ? values[0] : values
    }
  }
  return query
}

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

const maxSearchLength = 200

/**
 * Reads `GET /api/statements`'s filters with the dashboard's own parameter table, so a link's
 * query string means the same on the page and in the API. Where the page drops a bad value with
 * a notice, the API refuses the request and names it: a script should not get a quietly wider
 * answer. `extra` names the API's own parameters (paging), which are read elsewhere.
 */
export function readStatementFilters(
  params: URLSearchParams,
  known: KnownValues,
  extra: readonly string[] = [],
): { state: FilterState; problems: QueryProblem[] } {
  const names = Object.keys(filterParameters)
  const problems: QueryProblem[] = [...new Set(params.keys())]
    .filter((key) => !names.includes(key) && !extra.includes(key))
    .map((key) => ({ field: key, message: `unknown parameter "${key}"` }))
  const { state, problems: dropped } = readParameters(filterParameters, params, known)
  for (const { parameter, value, reason } of dropped)
    problems.push({ field: parameter, message: `${reason} (got "${value.slice(0, 100)}")` })
  const q = params.getAll('q')
  if (q.length > 1) problems.push({ field: 'q', message: 'give `q` once' })
  if ((q[0] ?? '').length > maxSearchLength)
    problems.push({ field: 'q', message: `longer than ${maxSearchLength} characters` })
  if (state.from && state.to && state.from > state.to)
    problems.push({ field: 'from', message: '`from` must not be after `to`' })
  return { state, problems }
}
