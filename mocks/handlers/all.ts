import { http, HttpResponse } from 'msw'
import { openApiDocument } from '../openapi'
import { problemResponse } from '../problem'
import { actorHandlers } from './actors'
import { articleDataset, type ServedDataset } from './dataset'
import { withETag } from './etag'
import { eventHandlers } from './events'
import { fingerprint } from './paging'
import { problemHandlers } from './problems'
import { exportHandlers } from './exports'
import { reliabilityHandlers } from './reliability'
import { apiPath, rejectQuery } from './route'
import { sourceHandlers } from './sources'
import { stanceHandlers } from './stances'
import { statementHandlers } from './statements'
import { statementsExportHandlers } from './statements-export'
import { labelled } from './version'

// The document's tag follows its text, so a client revalidating it sees any change; made when
// first asked for, not as the page's mock API starts.
let documentTag: string | undefined
const tagOfDocument = () =>
  (documentTag ??= `openapi-${fingerprint(JSON.stringify(openApiDocument))}`)

/**
 * Every endpoint of the mock API over one dataset; the browser, the tests and the HTTP server all
 * serve such a list.
 */
export function createHandlers(served: ServedDataset) {
  const statements = statementHandlers(served)
  return [
    ...eventHandlers(served),
    ...actorHandlers(served),
    ...statements,
    ...statementsExportHandlers(served, statements),
    ...stanceHandlers(served),
    ...sourceHandlers(served),
    ...reliabilityHandlers(served),
    ...problemHandlers(served),
    ...exportHandlers(served),
    http.get(apiPath('/openapi.json'), ({ request }) =>
      labelled(
        served,
        rejectQuery(request) ??
          withETag(request, HttpResponse.json(openApiDocument), tagOfDocument()),
      ),
    ),
    http.get(apiPath('/*'), ({ request }) =>
      labelled(
        served,
        problemResponse(
          404,
          `No endpoint at ${new URL(request.url).pathname}. See /api/openapi.json.`,
        ),
      ),
    ),
    http.all(apiPath('/*'), ({ request }) => {
      const refused = problemResponse(
        405,
        `${request.method} is not allowed: the API is read-only.`,
      )
      refused.headers.set('Allow', 'GET, HEAD, OPTIONS')
      return labelled(served, refused)
    }),
  ]
}

/** The article's dataset: what the page, the tests and `npm run api` serve unless asked otherwise. */
export const handlers = createHandlers(articleDataset)
