import { queryOptions } from '@tanstack/react-query'
import { answerOf, apiGet } from './client'

export const eventsQueryOptions = () =>
  queryOptions({
    queryKey: ['events'],
    queryFn: ({ signal }) => apiGet('/events', answerOf('events'), { signal }),
    staleTime: Infinity,
  })
