import { http } from 'msw'
import { readStatementsQuery } from '../../src/lib/schemas/statement-query'
import { allEvents } from '../../src/lib/url-state/filter-state'
import { injectFault } from '../faults'
import { notFound, problemResponse } from '../problem'
import type { ServedDataset } from './dataset'
import { storeOf } from './memory-store'
import { linesResponse, wantsNdjson } from './ndjson'
import { fingerprint, pagingParameters, readPage } from './paging'
import { answer, apiPath, bytesResponse, rejectQuery, rejectUndecodable } from './route'
import { exportLocation } from './statements-export'
import { versionedBy } from './version'

/**
 * The list's answer is JSON or the NDJSON export as the request's Accept says, at one URL: every
 * answer says so, or a cache in between could hand a script the other form.
 */
const varyByAccept =
  <Args extends unknown[]>(handle: (...args: Args) => Promise<Response>) =>
  async (...args: Args) => {
    const response = await handle(...args)
    // A network-error response (the "offline" fault) has headers no one may change.
    if (response.type !== 'error') response.headers.set('Vary', 'Accept')
    return response
  }

export const statementHandlers = (served: ServedDataset) => {
  const withVersion = versionedBy(served)
  return [
    http.get(
      apiPath('/statements'),
      varyByAccept(
        withVersion(async ({ request, dataset }) => {
          const undecodable = rejectUndecodable(request)
          if (undecodable) return undecodable
          const store = storeOf(dataset)
          const params = new URL(request.url).searchParams
          const eventIds = new Set([allEvents, ...dataset.events.map((item) => item.id)])
          const query = readStatementsQuery(params, { ...store.known, eventIds }, pagingParameters)
          const print = fingerprint([dataset.meta.version, query.normalised].join('\n'))
          const { page, problems: pagingProblems } = readPage(params, print)
          const all = [...query.problems, ...pagingProblems]
          if (all.length > 0)
            return problemResponse(400, 'The statement filters are not valid.', all)
          // The bulk export is every matching statement, whatever the page size, read row by row.
          if (wantsNdjson(request)) {
            const response =
              (await injectFault('statements')) ?? linesResponse(store.exportLines(query))
            // Its own address, where a generated client finds it, is named (RFC 9110 §8.7).
            if (response.status === 200)
              response.headers.set('Content-Location', exportLocation(served, dataset, params))
            return response
          }
          const fault = await injectFault('statements')
          return fault ?? bytesResponse(await store.page(query, page, print))
        }),
      ),
    ),
    http.get(
      apiPath('/statements/:id'),
      withVersion(async ({ request, params, dataset }) => {
        const statement = await storeOf(dataset).byId(String(params.id))
        if (!statement) return notFound('statement', String(params.id))
        return rejectQuery(request) ?? answer('statements', statement)
      }),
    ),
  ]
}
