import { queryOptions } from '@tanstack/react-query'
import { codebookSchema } from '../schemas/codebook'
import { apiGet } from './client'
import { envelope } from './envelope'
import { withVersion } from './version'

export const codebookQueryOptions = (version: string | null = null) =>
  queryOptions({
    queryKey: ['codebook', version],
    queryFn: ({ signal }) =>
      apiGet('/codebook', envelope(codebookSchema), { signal, params: withVersion(version) }),
    staleTime: Infinity,
  })
