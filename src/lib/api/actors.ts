import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { actorSchema } from '../schemas/actor'
import { apiGet } from './client'
import { envelope } from './envelope'
import { withVersion } from './version'

export const actorsQueryOptions = (version: string | null = null) =>
  queryOptions({
    queryKey: ['actors', version],
    queryFn: ({ signal }) =>
      apiGet('/actors', envelope(z.array(actorSchema)), { signal, params: withVersion(version) }),
    staleTime: Infinity,
  })
