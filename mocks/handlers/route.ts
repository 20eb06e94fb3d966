import { HttpResponse } from 'msw'
import { injectFault, type Resource } from '../faults'
import { undecodableQueryParts, unknownParameters } from '../../src/lib/schemas/statement-query'
import { problemResponse } from '../problem'

/** Matches the path on any origin, so one handler serves the page, the tests and the HTTP server. */
export const apiPath = (path: string) => `*/api${path}`

/** Rejects a query string whose escapes do not decode to text. */
export function rejectUndecodable(request: Request): Response | undefined {
  const parts = undecodableQueryParts(new URL(request.url).search)
  if (parts.length === 0) return undefined
  return problemResponse(
    400,
    'The query is not valid: a percent-escape does not decode to UTF-8 text.',
    parts.map((part) => ({ field: '(query)', message: `cannot decode "${part.slice(0, 100)}"` })),
  )
}

/** Rejects any query parameter on an endpoint that takes none. */
export function rejectQuery(request: Request): Response | undefined {
  const undecodable = rejectUndecodable(request)
  if (undecodable) return undecodable
  const unknown = unknownParameters(new URL(request.url).searchParams, [])
  if (unknown.length === 0) return undefined
  return problemResponse(400, 'This endpoint takes no query parameters.', unknown)
}

/** Answers with `{ data }` (and `meta` when given), unless a fault is injected for the resource. */
export async function answer(resource: Resource, data: unknown, meta?: object): Promise<Response> {
  return (await injectFault(resource)) ?? HttpResponse.json(meta ? { data, meta } : { data })
}
