import { http, HttpResponse } from 'msw'
import { openApiDocument } from '../openapi'
import { problemResponse } from '../problem'
import { actorHandlers } from './actors'
import { articleDataset, type ServedDataset } from './dataset'
import { withETag } from './etag'
import { eventHandlers } from './events'
import { exportHandlers } from './exports'
import { reliabilityHandlers } from './reliability'
import { apiPath } from './route'
import { sourceHandlers } from './sources'
import { stanceHandlers } from './stances'
import { statementHandlers } from './statements'
import { labelled } from './version'

/**
 * Every endpoint of the mock API over one dataset; the browser, the tests and the HTTP server all
 * serve such a list.
 */
export function createHandlers(served: ServedDataset) {
  return [
    ...eventHandlers(served),
    ...actorHandlers(served),
    ...statementHandlers(served),
    ...stanceHandlers(served),
    ...sourceHandlers(served),
    ...reliabilityHandlers(served),
    ...exportHandlers(served),
    http.get(apiPath('/openapi.json'), ({ request }) =>
      labelled(
        served,
        withETag(
          request,
          HttpResponse.json(openApiDocument),
          `openapi-${openApiDocument.info.version}`,
        ),
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
    http.all(apiPath('/*'), ({ request }) =>
      labelled(
        served,
        problemResponse(405, `${request.method} is not allowed: the API is read-only.`),
      ),
    ),
  ]
}

/** The article's dataset: what the page, the tests and `npm run api` serve unless asked otherwise. */
export const handlers = createHandlers(articleDataset)
