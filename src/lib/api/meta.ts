import { queryOptions } from '@tanstack/react-query'
import { datasetMetaSchema } from '../schemas/event'
import { apiGet } from './client'
import { envelope } from './envelope'

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: ['meta'],
    queryFn: ({ signal }) => apiGet('/meta', envelope(datasetMetaSchema), { signal }),
    staleTime: Infinity,
  })
