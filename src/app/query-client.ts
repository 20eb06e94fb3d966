import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../lib/api/api-error'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will fail the same way again; only retry what may pass.
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && !error.isRetryable),
        refetchOnWindowFocus: false,
      },
    },
  })
}
