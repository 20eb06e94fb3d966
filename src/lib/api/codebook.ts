import { queryOptions } from '@tanstack/react-query'
import { codebookSchema } from '../schemas/codebook'
import { apiGet } from './client'
import { envelope } from './envelope'

export const codebookQueryOptions = () =>
  queryOptions({
    queryKey: ['codebook'],
    queryFn: ({ signal }) => apiGet('/codebook', envelope(codebookSchema), { signal }),
    staleTime: Infinity,
  })
