import { queryOptions } from '@tanstack/react-query'
import { codebookSchema } from '../schemas/codebook'
import { datasetMetaSchema } from '../schemas/event'
import { apiGet } from './client'
import { envelope } from './envelope'

export const codebookQueryOptions = () =>
  queryOptions({
    queryKey: ['codebook'],
    queryFn: ({ signal }) => apiGet('/codebook', envelope(codebookSchema), { signal }),
    staleTime: Infinity,
  })

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: ['meta'],
    queryFn: ({ signal }) => apiGet('/meta', envelope(datasetMetaSchema), { signal }),
    staleTime: Infinity,
  })
