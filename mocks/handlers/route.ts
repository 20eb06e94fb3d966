import { injectFault, type Resource } from '../faults'
import { undecodableQueryParts, unknownParameters } from '../../src/lib/schemas/statement-query'
import { problemResponse } from '../problem'
import { encodeJson } from './json-bytes'

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
export const answer = (resource: Resource, data: unknown, meta?: object): Promise<Response> =>
  answerEncoded(resource, () => encodeJson(meta ? { data, meta } : { data }))

/**
 * Answers with JSON already encoded (or encoded only when no fault is injected), sent as it is.
 * Built from bytes, a Response copies them, and msw's `HttpResponse.json` encodes its text twice
 * (once to measure it): on a page of 500 statements each cost as much as writing the JSON. Every
 * reader of a body only reads it, so bytes kept for the next request stay as they are.
 */
export async function answerEncoded(
  resource: Resource,
  body: () => Uint8Array<ArrayBuffer>,
): Promise<Response> {
  const fault = await injectFault(resource)
  if (fault) return fault
  return bytesResponse(body())
}

/** JSON bytes already encoded, sent as they are (a fault, if any, already decided). */
export function bytesResponse(bytes: Uint8Array<ArrayBuffer>): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(bytes.byteLength) },
  })
}
