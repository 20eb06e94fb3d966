import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { statementSchema } from '../schemas/statement'
import { queryToSearchParams, type StatementQuery } from '../schemas/statement-query'
import { apiGet } from './client'
import { envelope } from './envelope'

export const statementsQueryOptions = (query: StatementQuery = {}) =>
  queryOptions({
    queryKey: ['statements', query],
    queryFn: ({ signal }) =>
      apiGet('/statements', envelope(z.array(statementSchema)), {
        signal,
        params: queryToSearchParams(query),
      }),
    staleTime: Infinity,
  })
