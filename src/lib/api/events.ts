import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { eventSchema } from '../schemas/event'
import { sourceSchema, sourceSummarySchema } from '../schemas/source'
import { apiGet } from './client'
import { envelope } from './envelope'

export const eventsQueryOptions = () =>
  queryOptions({
    queryKey: ['events'],
    queryFn: ({ signal }) => apiGet('/events', envelope(z.array(eventSchema)), { signal }),
    staleTime: Infinity,
  })

export const sourceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['sources', id],
    queryFn: ({ signal }) =>
      apiGet(`/sources/${encodeURIComponent(id)}`, envelope(sourceSchema), { signal }),
    staleTime: Infinity,
  })

export const sourcesQueryOptions = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: ({ signal }) => apiGet('/sources', envelope(z.array(sourceSummarySchema)), { signal }),
    staleTime: Infinity,
  })
