import { http, HttpResponse } from 'msw'
import { problemPages } from '../problem-page'
import { notFound } from '../problem'
import type { ServedDataset } from './dataset'
import { withETag } from './etag'
import { fingerprint } from './paging'
import { apiPath, rejectQuery } from './route'
import { labelled } from './version'

/**
 * `/api/problems/<slug>`: the page each problem's `type` leads to, so the link in an error answer
 * explains it wherever the answer came from (the HTTP server, the page's own mock API).
 */
export const problemHandlers = (served: ServedDataset) => [
  http.get(apiPath('/problems/:type'), ({ request, params }) => {
    const slug = String(params.type)
    const page = problemPages.get(slug)
    const response =
      rejectQuery(request) ??
      (page
        ? withETag(
            request,
            new HttpResponse(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
            // The page changes only with its text.
            `problem-${fingerprint(page)}`,
          )
        : notFound('problem type', slug))
    return labelled(served, response)
  }),
]
