import type { UseQueryResult } from '@tanstack/react-query'

/** The first failure among a panel's queries, with a retry that refetches every failed one. */
export function panelFailure(queries: readonly UseQueryResult[]) {
  const failed = queries.find((query) => query.isError)
  if (!failed) return null
  return {
    error: failed.error,
    retry: () => {
      for (const query of queries) if (query.isError) void query.refetch()
    },
  }
}
