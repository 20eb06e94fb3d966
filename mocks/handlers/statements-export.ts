import { getResponse, http, type RequestHandler } from 'msw'
import { problemSchema } from '../../src/lib/schemas/problem'
import { problemResponse } from '../problem'
import type { ServedDataset, ServedVersion } from './dataset'
import { ndjsonType } from './ndjson'
import { pagingParameters } from './paging'
import { apiPath } from './route'
import { labelled } from './version'

/** The bulk export's own address: every statement the filters match, one JSON object a line. */
export const exportPath = '/api/statements.ndjson'

/**
 * Where the export asked for with `Accept` lives: the same filters and version, without paging,
 * which the export does not take.
 */
export function exportLocation(
  served: ServedDataset,
  dataset: ServedVersion,
  params: URLSearchParams,
): string {
  const query = new URLSearchParams(params)
  for (const name of pagingParameters) query.delete(name)
  if (dataset !== served.latest) query.set('version', dataset.meta.version)
  return query.size > 0 ? `${exportPath}?${query.toString()}` : exportPath
}

/**
 * `GET /api/statements.ndjson`, answered by the statements endpoint as if asked with `Accept:
 * application/x-ndjson`, so the two forms cannot drift. An address of its own lets the OpenAPI
 * document give each form one media type: a client generated from it types the JSON endpoint's
 * answer as the JSON page, not as either form.
 */
export function statementsExportHandlers(served: ServedDataset, statements: RequestHandler[]) {
  return [
    http.get(apiPath('/statements.ndjson'), async ({ request }) => {
      const url = new URL(request.url)
      // The export is every match: paging is an unknown parameter here.
      const paging = pagingParameters
        .filter((name) => url.searchParams.has(name))
        .map((name) => ({ field: name, message: `unknown parameter "${name}"` }))
      for (const name of pagingParameters) url.searchParams.delete(name)
      url.pathname = url.pathname.replace(/\.ndjson$/, '')
      const headers = new Headers(request.headers)
      headers.set('Accept', ndjsonType)
      const response = await getResponse(statements, new Request(url, { headers }))
      if (!response) return undefined
      if (paging.length > 0 && (response.status === 200 || response.status === 400)) {
        // Named with whatever else is wrong, as every 400 names each bad field.
        const others: unknown = response.status === 400 ? await response.json() : null
        if (response.status === 200) await response.body?.cancel()
        const parsed = problemSchema.safeParse(others)
        const errors = [...paging, ...(parsed.success ? (parsed.data.errors ?? []) : [])]
        return labelled(
          served,
          problemResponse(400, 'The statement filters are not valid.', errors),
        )
      }
      // One form only at this address: nothing varies with `Accept`, and this is where it lives.
      if (response.type !== 'error') {
        response.headers.delete('Vary')
        response.headers.delete('Content-Location')
      }
      return response
    }),
  ]
}
