import { queryOptions } from '@tanstack/react-query'
import { apiGet } from '../../../lib/api/client'
import { envelope } from '../../../lib/api/envelope'
import { reliabilityAnswerSchema } from '../../../lib/codebook/reliability'

export const reliabilityQueryOptions = () =>
  queryOptions({
    queryKey: ['reliability'],
    queryFn: ({ signal }) => apiGet('/reliability', envelope(reliabilityAnswerSchema), { signal }),
    staleTime: Infinity,
  })
