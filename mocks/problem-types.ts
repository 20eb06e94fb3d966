import type { Problem } from '../src/lib/schemas/problem'

/**
 * The kinds of problem the API answers with, one per status. A problem's `type` is the address of
 * a page that explains it (RFC 9457 §3.1.1): the API serves the page, and the build writes it
 * into the static site at the same path, so the link works wherever the answer came from.
 */
export type ProblemType = {
  slug: string
  title: string
  /** What the problem means, in sentences. */
  meaning: string
  /** What a client can do about it. */
  remedy: string
  /** An answer of this type, as the API gives it. */
  example: { detail: string; errors?: { field: string; message: string }[] }
}

export const problemTypes: Readonly<Record<number, ProblemType>> = {
  400: {
    slug: 'bad-request',
    title: 'Bad Request',
    meaning:
      'The request asks for something the API cannot read: a query parameter the endpoint does not take, a value a filter does not know (a stance, an actor, a date that is not a day), a parameter given twice where one is allowed, a percent-escape that does not decode to UTF-8, a dataset version that was never published, or a cursor made for another query. The API never ignores a parameter it cannot read, because an answer to a question that was not asked looks like an answer to the one that was. A request that is not valid HTTP at all is answered with this type too.',
    remedy:
      '`errors` names each bad field and says what it expected. Correct those and ask again; `/api/openapi.json` lists every parameter each endpoint takes and its values, and `/api/meta` the published dataset versions.',
    example: {
      detail: 'The statement filters are not valid.',
      errors: [{ field: 'stance', message: 'no such stance (got "furious")' }],
    },
  },
  404: {
    slug: 'not-found',
    title: 'Not Found',
    meaning:
      'Nothing is at this address: an id that no event, actor, statement, stance, source or problem type has in the dataset version asked for, or a path that is not an endpoint of the API.',
    remedy:
      '`detail` says which id or path was not found. The lists (`/api/events`, `/api/actors`, `/api/statements`, `/api/stances`, `/api/sources`) give the ids that exist; `/api/openapi.json` the paths.',
    example: { detail: 'No actor with id "atlantis".' },
  },
  405: {
    slug: 'method-not-allowed',
    title: 'Method Not Allowed',
    meaning:
      'The API is read-only: it answers GET and HEAD, and OPTIONS for a browser’s preflight. Any other method, on any path, is refused, whatever its spelling (lowercase and unknown methods too).',
    remedy: 'Read with GET (or HEAD for the headers alone). The `Allow` header lists the methods.',
    example: { detail: 'POST is not allowed: the API is read-only (GET, HEAD, OPTIONS).' },
  },
  431: {
    slug: 'request-too-large',
    title: 'Request Header Fields Too Large',
    meaning:
      'The request line and headers together are over 16 KB, which is where the HTTP server stops reading. A long full-text query or a long list of ids is the usual cause.',
    remedy:
      'Shorten the query: ask for fewer values at once and combine the answers, or page through a broader query with `limit` and `cursor`.',
    example: {
      detail: 'The request line and headers are too large (at most 16 KB): shorten the query.',
    },
  },
  500: {
    slug: 'server-error',
    title: 'Internal Server Error',
    meaning:
      'The mock API failed to answer. Either a fault was injected on purpose (`MOCK_FAULTS`, `?mock-faults=`, to show how a client copes with a failing API) or the server met an error, which its log shows.',
    remedy:
      'Ask again; an injected fault lasts as long as its plan. Stop the faults (unset `MOCK_FAULTS`, or press the banner’s button in the page) to get answers again.',
    example: { detail: 'Injected fault: the statements endpoint failed.' },
  },
}

/** Where the pages of the problem types live, under the API. */
export const problemsPath = '/api/problems'

/** The `type` of a problem with this status; `about:blank` (RFC 9457 §4.2.1) for any other. */
export function problemTypeUri(status: number): string {
  const known = problemTypes[status]
  return known ? `${problemsPath}/${known.slug}` : 'about:blank'
}

/** An RFC 9457 problem-details body. */
export function problemBody(status: number, detail: string, errors?: Problem['errors']): Problem {
  return {
    type: problemTypeUri(status),
    title: problemTypes[status]?.title ?? 'Error',
    status,
    detail,
    ...(errors ? { errors } : {}),
  }
}
