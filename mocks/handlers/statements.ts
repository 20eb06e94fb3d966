import { http } from 'msw'
import { readStatementsQuery } from '../../src/lib/schemas/statement-query'
import { allEvents } from '../../src/lib/url-state/filter-state'
import { injectFault } from '../faults'
import { notFound, problemResponse } from '../problem'
import { indexed, type Indexed, type ServedDataset } from './dataset'
import { matchingPositions } from './matching'
import { ndjsonResponse, wantsNdjson } from './ndjson'
import { keptPerVersion } from './kept'
import { encodeCursor, fingerprint, pagingParameters, readPage, type Page } from './paging'
import { encodeList } from './json-bytes'
import { answer, answerEncoded, apiPath, rejectQuery, rejectUndecodable } from './route'
import { exportLocation } from './statements-export'
import { versionedBy } from './version'

const statementsAt = (found: Indexed, positions: Int32Array) =>
  Array.from(positions).flatMap((at) => found.engine.index.statements[at] ?? [])

/**
 * Pages as sent, kept: a script that asks for the same page again (or many scripts asking for
 * the first) gets bytes already written. 16 MB holds about thirty pages of 500.
 */
const keptPages = keptPerVersion<Uint8Array<ArrayBuffer>>(16 * 2 ** 20)

/** One page of a query's matches with where the next starts, as JSON bytes. */
function encodePage(found: Indexed, matching: Int32Array, page: Page, print: string) {
  const end = page.offset + page.limit
  const next = end < matching.length ? encodeCursor(end, print) : null
  const data = statementsAt(found, matching.subarray(page.offset, end))
  return encodeList(data, { total: matching.length, limit: page.limit, next })
}

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
          const found = indexed(dataset)
          const params = new URL(request.url).searchParams
          const eventIds = new Set([allEvents, ...dataset.events.map((item) => item.id)])
          const query = readStatementsQuery(params, { ...found.known, eventIds }, pagingParameters)
          const print = fingerprint([dataset.meta.version, query.normalised].join('\n'))
          const { page, problems: pagingProblems } = readPage(params, print)
          const all = [...query.problems, ...pagingProblems]
          if (all.length > 0)
            return problemResponse(400, 'The statement filters are not valid.', all)
          // The bulk export is every matching statement, whatever the page size, read row by row.
          if (wantsNdjson(request)) {
            const matching = matchingPositions(found, query)
            const { statements } = found.engine.index
            const response =
              (await injectFault('statements')) ??
              ndjsonResponse(matching.length, (at) => statements[matching[at] ?? -1])
            // Its own address, where a generated client finds it, is named (RFC 9110 §8.7).
            if (response.status === 200)
              response.headers.set('Content-Location', exportLocation(served, dataset, params))
            return response
          }
          const key = `${query.normalised}&limit=${page.limit}&offset=${page.offset}`
          return answerEncoded('statements', () =>
            keptPages(found, key, () =>
              encodePage(found, matchingPositions(found, query), page, print),
            ),
          )
        }),
      ),
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
