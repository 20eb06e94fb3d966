import type { UseQueryResult } from '@tanstack/react-query'

/**
 * The first failure among a panel's queries, with a retry that refetches every failed one, the
 * optional ones included: a person who presses "Try again" expects the whole panel back.
 */
export function panelFailure(
  queries: readonly UseQueryResult[],
  optional: readonly UseQueryResult[] = [],
) {
  const failed = queries.find((query) => query.isError)
  if (!failed) return null
  return {
    error: failed.error,
    retry: () => {
      for (const query of [...queries, ...optional]) if (query.isError) void query.refetch()
    },
  }
}
