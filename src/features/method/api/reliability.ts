import { queryOptions } from '@tanstack/react-query'
import { answerOf, apiGet } from '../../../lib/api/client'

export const reliabilityQueryOptions = () =>
  queryOptions({
    queryKey: ['reliability'],
    queryFn: ({ signal }) => apiGet('/reliability', answerOf('reliability'), { signal }),
    staleTime: Infinity,
  })
