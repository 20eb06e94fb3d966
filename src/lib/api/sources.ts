import { queryOptions } from '@tanstack/react-query'
import { answerOf, apiGet } from './client'

export const sourceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['sources', 'detail', id],
    queryFn: ({ signal }) =>
      apiGet(`/sources/${encodeURIComponent(id)}`, answerOf('source'), { signal }),
    staleTime: Infinity,
  })

export const sourcesQueryOptions = () =>
  queryOptions({
    queryKey: ['sources', 'list'],
    queryFn: ({ signal }) => apiGet('/sources', answerOf('sources'), { signal }),
    staleTime: Infinity,
  })
