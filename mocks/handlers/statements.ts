import { http } from 'msw'
import { readStatementsQuery } from '../../src/lib/schemas/statement-query'
import { engineQueryOf } from '../../src/lib/engine/engine-query'
import { allEvents, type FilterState } from '../../src/lib/url-state/filter-state'
import { notFound, problemResponse } from '../problem'
import { indexed, type Indexed, type ServedDataset } from './dataset'
import { ndjsonResponse, wantsNdjson } from './ndjson'
import { encodeCursor, fingerprint, pagingParameters, readPage } from './paging'
import { answer, apiPath, rejectQuery, rejectUndecodable } from './route'
import { versionedBy } from './version'

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
        const eventIds = new Set([allEvents, ...dataset.events.map((item) => item.id)])
        const { state, events, problems, normalised } = readStatementsQuery(
          params,
          { ...found.known, eventIds },
          pagingParameters,
        )
        const print = fingerprint([dataset.meta.version, normalised].join('\n'))
        const { page, problems: pagingProblems } = readPage(params, print)
        const all = [...problems, ...pagingProblems]
        if (all.length > 0) return problemResponse(400, 'The statement filters are not valid.', all)
        const matching = matchingPositions(found, state, events)
        // The bulk export is every matching statement, whatever the page size, read row by row.
        if (wantsNdjson(request)) {
          const { statements } = found.engine.index
          return ndjsonResponse(matching.length, (at) => statements[matching[at] ?? -1])
        }
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
