import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../lib/api/api-error'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx or a malformed answer will fail the same way again: say so at once. A dropped
        // connection or a server error may pass on a second try, so one quick retry, no more,
        // and the panel shows its error (with "Try again") well within a second.
        retry: (failureCount, error) =>
          failureCount < 1 && !(error instanceof ApiError && !error.isRetryable),
        retryDelay: 300,
        refetchOnWindowFocus: false,
      },
    },
  })
}
