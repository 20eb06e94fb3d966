import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { stanceSummarySchema } from '../schemas/stance-summary'
import { apiGet } from './client'
import { envelope } from './envelope'

export const stancesQueryOptions = () =>
  queryOptions({
    queryKey: ['stances'],
    queryFn: ({ signal }) => apiGet('/stances', envelope(z.array(stanceSummarySchema)), { signal }),
    staleTime: Infinity,
  })
