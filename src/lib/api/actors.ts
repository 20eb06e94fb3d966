import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { actorSchema } from '../schemas/actor'
import { apiGet } from './client'
import { envelope } from './envelope'

export const actorsQueryOptions = () =>
  queryOptions({
    queryKey: ['actors'],
    queryFn: ({ signal }) => apiGet('/actors', envelope(z.array(actorSchema)), { signal }),
    staleTime: Infinity,
  })
