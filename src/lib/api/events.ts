import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { eventSchema } from '../schemas/event'
import { apiGet } from './client'
import { envelope } from './envelope'

export const eventsQueryOptions = () =>
  queryOptions({
    queryKey: ['events'],
    queryFn: ({ signal }) => apiGet('/events', envelope(z.array(eventSchema)), { signal }),
    staleTime: Infinity,
  })
