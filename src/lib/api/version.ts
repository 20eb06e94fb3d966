import { queryOptions } from '@tanstack/react-query'
import { apiGet, type AnswerSchema } from './client'

/** Pins a request to a dataset version (`?version=`); without one the API answers the latest. */
export function withVersion(version: string | null, params = new URLSearchParams()) {
  if (version) params.set('version', version)
  return params
}

/**
 * A whole resource of one dataset version (`/actors`, `/codebook`, …): a version never changes,
 * so what was fetched stays fresh.
 */
export const versionedQueryOptions = <T>(
  resource: 'actors' | 'codebook' | 'meta' | 'stances',
  schema: AnswerSchema<T>,
  version: string | null,
) =>
  queryOptions({
    queryKey: [resource, version],
    queryFn: ({ signal }) =>
      apiGet(`/${resource}`, schema, { signal, params: withVersion(version) }),
    staleTime: Infinity,
  })
