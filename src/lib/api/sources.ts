import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { sourceSchema, sourceSummarySchema } from '../schemas/source'
import { apiGet } from './client'
import { envelope } from './envelope'

export const sourceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['sources', 'detail', id],
    queryFn: ({ signal }) =>
      apiGet(`/sources/${encodeURIComponent(id)}`, envelope(sourceSchema), { signal }),
    staleTime: Infinity,
  })

export const sourcesQueryOptions = () =>
  queryOptions({
    queryKey: ['sources', 'list'],
    queryFn: ({ signal }) => apiGet('/sources', envelope(z.array(sourceSummarySchema)), { signal }),
    staleTime: Infinity,
  })
