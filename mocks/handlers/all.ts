import { http, HttpResponse } from 'msw'
import { openApiDocument } from '../openapi'
import { problemResponse } from '../problem'
import { actorHandlers } from './actors'
import { withETag } from './etag'
import { eventHandlers } from './events'
import { reliabilityHandlers } from './reliability'
import { apiPath } from './route'
import { sourceHandlers } from './sources'
import { stanceHandlers } from './stances'
import { statementHandlers } from './statements'

/** Every endpoint of the mock API; the browser, the tests and the HTTP server all serve this list. */
export const handlers = [
  ...eventHandlers,
  ...actorHandlers,
  ...statementHandlers,
  ...stanceHandlers,
  ...sourceHandlers,
  ...reliabilityHandlers,
  http.get(apiPath('/openapi.json'), ({ request }) =>
    withETag(
      request,
      HttpResponse.json(openApiDocument),
      `openapi-${openApiDocument.info.version}`,
    ),
  ),
  http.get(apiPath('/*'), ({ request }) =>
    problemResponse(404, `No endpoint at ${new URL(request.url).pathname}. See /api/openapi.json.`),
  ),
  http.all(apiPath('/*'), ({ request }) =>
    problemResponse(405, `${request.method} is not allowed: the API is read-only.`),
  ),
]
