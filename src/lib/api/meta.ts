import { queryOptions } from '@tanstack/react-query'
import { datasetMetaSchema } from '../schemas/event'
import { apiGet } from './client'
import { envelope } from './envelope'
import { withVersion } from './version'

export const metaQueryOptions = (version: string | null = null) =>
  queryOptions({
    queryKey: ['meta', version],
    queryFn: ({ signal }) =>
      apiGet('/meta', envelope(datasetMetaSchema), { signal, params: withVersion(version) }),
    staleTime: Infinity,
  })
