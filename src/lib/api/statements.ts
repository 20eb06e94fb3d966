import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { statementSchema } from '../schemas/statement'
import { queryToSearchParams, type StatementQuery } from '../schemas/statement-query'
import { apiGet } from './client'
import { envelope } from './envelope'
import { withVersion } from './version'

export const statementsQueryOptions = (query: StatementQuery = {}, version: string | null = null) =>
  queryOptions({
    queryKey: ['statements', query, version],
    queryFn: ({ signal }) =>
      apiGet('/statements', envelope(z.array(statementSchema)), {
        signal,
        params: withVersion(version, queryToSearchParams(query)),
      }),
    staleTime: Infinity,
  })
