import { headerRefs } from './openapi-headers'
import { problemTypes } from './problem-types'

const problemContent = {
  'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
}

// What each problem status means here; each problem's `type` leads to a page that says more.
const problemCauses: Record<number, string> = {
  400: 'Malformed or unknown query parameters, or a request that is not valid HTTP',
  404: 'Unknown id',
  405: 'The API is read-only: any method but GET, HEAD and OPTIONS',
  431: 'The request line and headers are over 16 KB',
  500: 'The mock API failed, or a fault was injected (`MOCK_FAULTS`)',
}

const problemDescription = (status: number) =>
  `${problemCauses[status] ?? 'Error'}. Problem details (RFC 9457); \`type\` leads to a page about ${problemTypes[status]?.title ?? 'it'}.`

/** A problem answered by the handlers (labelled with the dataset) or by the server itself. */
const problem = (status: number, options: { head?: boolean; also?: readonly string[] } = {}) => ({
  description: problemDescription(status),
  headers: headerRefs(
    // The server answers an oversized request before any dataset is asked.
    ...(status === 431 ? [] : ['X-Dataset', ...(options.also ?? [])]),
    ...(status === 405 ? ['Allow'] : []),
  ),
  ...(options.head ? {} : { content: problemContent }),
})

const problemStatuses = [400, 404, 405, 431, 500] as const
export type ProblemStatus = (typeof problemStatuses)[number]

/** Answers shared by many operations, referred to by name. */
export const responses = {
  ...Object.fromEntries(problemStatuses.map((status) => [`Problem${status}`, problem(status)])),
  // HEAD is never refused, so no HEAD answer is a 405.
  ...Object.fromEntries(
    problemStatuses
      .filter((status) => status !== 405)
      .map((status) => [`Problem${status}Head`, problem(status, { head: true })]),
  ),
  NotModified: {
    description:
      'Not Modified: an `If-None-Match` tag is current (compared weakly: `W/"x"` matches `"x"`; `*` matches any). No body and no `Content-Length`.',
    headers: headerRefs('ETag', 'Cache-Control', 'Vary', 'Content-Location', 'X-Dataset'),
  },
  Preflight: {
    description:
      'A browser’s CORS preflight, answered on any path over HTTP: which methods and request headers (`If-None-Match` among them) a page on another origin may use.',
    headers: headerRefs(),
  },
}

const refTo = (name: string) => ({ $ref: `#/components/responses/${name}` })

/**
 * The problems an operation can answer, by status, for GET (with a body) or HEAD (without); `also`
 * names headers the path's handlers add to every answer of theirs.
 */
export const problems = (
  statuses: readonly ProblemStatus[],
  head = false,
  also: readonly string[] = [],
) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      also.length > 0
        ? problem(status, { head, also })
        : refTo(`Problem${status}${head ? 'Head' : ''}`),
    ]),
  )

export const notModified = refTo('NotModified')

/**
 * The operations of a read-only API's path beside GET and HEAD: OPTIONS is a preflight, every other
 * method a 405, whatever the path.
 */
export function readOnlyOperations(name: string) {
  const refused = (method: string) => ({
    operationId: `${method}${name}`,
    summary: 'Not allowed: the API is read-only',
    responses: problems([405, 431]),
  })
  return {
    options: {
      operationId: `options${name}`,
      summary: 'CORS preflight',
      responses: { 204: refTo('Preflight'), ...problems([431]) },
    },
    put: refused('put'),
    post: refused('post'),
    delete: refused('delete'),
    patch: refused('patch'),
    trace: refused('trace'),
  }
}
