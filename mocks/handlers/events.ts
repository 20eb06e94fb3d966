import { http } from 'msw'
import { event } from '../data/event'
import { datasetVersions } from '../data/versions'
import { notFound } from '../problem'
import { answer, apiPath, rejectQuery } from './route'
import { withVersion } from './version'

const versions = datasetVersions.map(({ meta }) => meta)

export const eventHandlers = [
  http.get(
    apiPath('/events'),
    withVersion(({ request }) => rejectQuery(request) ?? answer('events', [event])),
  ),
  http.get(
    apiPath('/events/:id'),
    withVersion(({ request, params }) => {
      if (params.id !== event.id) return notFound('event', String(params.id))
      return rejectQuery(request) ?? answer('events', event)
    }),
  ),
  http.get(
    apiPath('/codebook'),
    withVersion(
      ({ request, dataset }) => rejectQuery(request) ?? answer('codebook', dataset.codebook),
    ),
  ),
  http.get(
    apiPath('/meta'),
    withVersion(
      ({ request, dataset }) =>
        rejectQuery(request) ?? answer('meta', { ...dataset.meta, versions }),
    ),
  ),
]
