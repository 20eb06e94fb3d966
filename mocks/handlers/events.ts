import { http } from 'msw'
import { codebook } from '../data/codebook'
import { datasetMeta, event } from '../data/event'
import { notFound } from '../problem'
import { answer, apiPath, rejectQuery } from './route'

export const eventHandlers = [
  http.get(apiPath('/events'), ({ request }) => rejectQuery(request) ?? answer('events', [event])),
  http.get(apiPath('/events/:id'), ({ request, params }) => {
    if (params.id !== event.id) return notFound('event', String(params.id))
    return rejectQuery(request) ?? answer('events', event)
  }),
  http.get(
    apiPath('/codebook'),
    ({ request }) => rejectQuery(request) ?? answer('codebook', codebook),
  ),
  http.get(apiPath('/meta'), ({ request }) => rejectQuery(request) ?? answer('meta', datasetMeta)),
]
