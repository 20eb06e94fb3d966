import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { stanceSummarySchema } from '../schemas/stance-summary'
import { apiGet } from './client'
import { envelope } from './envelope'
import { withVersion } from './version'

export const stancesQueryOptions = (version: string | null = null) =>
  queryOptions({
    queryKey: ['stances', version],
    queryFn: ({ signal }) =>
      apiGet('/stances', envelope(z.array(stanceSummarySchema)), {
        signal,
        params: withVersion(version),
      }),
    staleTime: Infinity,
  })
