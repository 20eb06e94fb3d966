import { queryOptions } from '@tanstack/react-query'
import { emptyFilterState, filterParameters, type FilterState } from '../url-state/filter-state'
import { writeParameters } from '../url-state/parameters'
import { answerOf, apiGet } from './client'
import { withVersion } from './version'

/** A statements query: any of the page's filters, with the meaning and the types a link gives them. */
export type StatementsQuery = Partial<FilterState>

/** Writes a query as a page link writes its filters, so the API reads it as the page would. */
export function statementsSearch(query: StatementsQuery): URLSearchParams {
  const params = new URLSearchParams()
  writeParameters(filterParameters, { ...emptyFilterState, ...query }, params)
  return params
}

export const statementsQueryOptions = (
  query: StatementsQuery = {},
  version: string | null = null,
) =>
  queryOptions({
    queryKey: ['statements', query, version],
    queryFn: ({ signal }) =>
      apiGet('/statements', answerOf('statements'), {
        signal,
        params: withVersion(version, statementsSearch(query)),
      }),
    staleTime: Infinity,
  })
