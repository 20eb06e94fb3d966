import { queryOptions } from '@tanstack/react-query'
import type { StatementQuery } from '../schemas/statement-query'
import { answerOf, apiGet } from './client'
import { withVersion } from './version'

/** Writes a query as URL search parameters, comma-joining multi-valued filters. */
function queryToSearchParams(query: StatementQuery): URLSearchParams {
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

export const statementsQueryOptions = (query: StatementQuery = {}, version: string | null = null) =>
  queryOptions({
    queryKey: ['statements', query, version],
    queryFn: ({ signal }) =>
      apiGet('/statements', answerOf('statements'), {
        signal,
        params: withVersion(version, queryToSearchParams(query)),
      }),
    staleTime: Infinity,
  })
