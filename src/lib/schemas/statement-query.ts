import { z } from 'zod'
import { actorIdSchema } from './actor'
import { channelSchema } from './statement'
import { dimensionIdSchema, stanceIdSchema } from './codebook'

/**
 * The filters `GET /api/statements` accepts. Multi-valued filters take repeated parameters or
 * comma-separated values; within one filter any value matches, across filters all must.
 */
export const statementQuerySchema = z
  .strictObject({
    actor: z.array(actorIdSchema).optional(),
    stance: z.array(stanceIdSchema).optional(),
    dimension: z.array(dimensionIdSchema).optional(),
    channel: z.array(channelSchema).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    q: z.string().trim().min(1).max(200).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    error: '`from` must not be after `to`',
    path: ['from'],
  })
export type StatementQuery = z.infer<typeof statementQuerySchema>

const multiValued = new Set(['actor', 'stance', 'dimension', 'channel'])

/** Reads URL search parameters into the shape the query schema expects. */
export function searchParamsToQuery(params: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {}
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
