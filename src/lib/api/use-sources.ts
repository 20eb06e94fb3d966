import { useQuery } from '@tanstack/react-query'
import type { SourceSummary } from '../schemas/source'
import { sourcesQueryOptions } from './sources'

/** The sources as the API lists them, for a part of the page that names them; undefined while they load. */
export function useSources(): readonly SourceSummary[] | undefined {
  return useQuery(sourcesQueryOptions()).data
}
