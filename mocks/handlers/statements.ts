import { http } from 'msw'
import { readStatementFilters } from '../../src/lib/schemas/statement-query'
import { engineQueryOf } from '../../src/lib/engine/engine-query'
import { filterParameters, type FilterState } from '../../src/lib/url-state/filter-state'
import { writeParameters } from '../../src/lib/url-state/parameters'
import { notFound, problemResponse } from '../problem'
import { indexed, type Indexed, type ServedDataset, type ServedVersion } from './dataset'
import { ndjsonResponse, wantsNdjson } from './ndjson'
import { encodeCursor, fingerprint, pagingParameters, readPage } from './paging'
import { answer, apiPath, rejectQuery, rejectUndecodable } from './route'
import { versionedBy } from './version'

const apiOnlyParameters = ['event', ...pagingParameters]

/**
 * `event`: statements from the sources an event claims, any of several ids; `all` (the page's
 * word for every event) is the same as no event. An unknown event id is refused.
 */
function readEvents(params: URLSearchParams, dataset: ServedVersion) {
  const ids = [...new Set(params.getAll('event').flatMap((value) => value.split(',')))]
    .filter((id) => id !== '')
    .sort()
  const all = ids.includes('all')
  const problems = ids
    .filter((id) => id !== 'all' && !dataset.events.some((item) => item.id === id))
    .map((id) => ({ field: 'event', message: `no such event (got "${id.slice(0, 100)}")` }))
  return { ids: all ? [] : ids, problems }
}

/** The filters as a link writes them, so the same query always has the same fingerprint. */
function normalisedFilters(state: FilterState): string {
  const params = new URLSearchParams()
  writeParameters(filterParameters, state, params)
  return params.toString()
}

/** The index positions of the matching statements, in the API's order, from the engine the page uses. */
function matchingPositions(found: Indexed, state: FilterState, events: readonly string[]) {
  const { engine, sorted } = found
  const result = engine.query({ ...engineQueryOf(state), event: events })
  const shown = new Uint8Array(engine.index.statements.length)
  for (const at of result.statements) shown[at] = 1
  // Typed arrays, not statement lists: a page of a large dataset needs only its own records.
  const positions = new Int32Array(result.statements.length)
  let count = 0
  for (const at of sorted) if (shown[at] === 1) positions[count++] = at
  return positions.subarray(0, count)
}

const statementsAt = (found: Indexed, positions: Int32Array) =>
  Array.from(positions).flatMap((at) => found.engine.index.statements[at] ?? [])

export const statementHandlers = (served: ServedDataset) => {
  const withVersion = versionedBy(served)
  return [
    http.get(
      apiPath('/statements'),
      withVersion(({ request, dataset }) => {
        const undecodable = rejectUndecodable(request)
        if (undecodable) return undecodable
        const found = indexed(dataset)
        const params = new URL(request.url).searchParams
        // The API reads `event` as a list of its own; the page's single `event` is one of them.
        const filterParams = new URLSearchParams(params)
        filterParams.delete('event')
        const { state, problems } = readStatementFilters(
          filterParams,
          found.known,
          apiOnlyParameters,
        )
        const events = readEvents(params, dataset)
        const print = fingerprint(
          [dataset.meta.version, normalisedFilters(state), events.ids.join(',')].join('\n'),
        )
        const { page, problems: pagingProblems } = readPage(params, print)
        const all = [...problems, ...events.problems, ...pagingProblems]
        if (all.length > 0) return problemResponse(400, 'The statement filters are not valid.', all)
        const matching = matchingPositions(found, state, events.ids)
        // The bulk export is every matching statement, whatever the page size.
        if (wantsNdjson(request)) return ndjsonResponse(statementsAt(found, matching))
        const end = page.offset + page.limit
        const next = end < matching.length ? encodeCursor(end, print) : null
        return answer('statements', statementsAt(found, matching.subarray(page.offset, end)), {
          total: matching.length,
          limit: page.limit,
          next,
        })
      }),
    ),
    http.get(
      apiPath('/statements/:id'),
      withVersion(({ request, params, dataset }) => {
        const statement = indexed(dataset).byId.get(String(params.id))
        if (!statement) return notFound('statement', String(params.id))
        return rejectQuery(request) ?? answer('statements', statement)
      }),
    ),
  ]
}
