import * as z from 'zod/mini'
import { actorIdSchema } from './actor'
import { channelSchema } from './statement'
import { dimensionIdSchema, stanceIdSchema } from './codebook'

/**
 * The filters `GET /api/statements` accepts. Multi-valued filters take repeated parameters or
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

/** Writes a query as URL search parameters, comma-joining multi-valued filters. */
export function queryToSearchParams(query: StatementQuery): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries<unknown>(query)) {
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','))
    } else if (typeof value === 'string') {
      params.set(key, value)
    }
  }
  return params
}
