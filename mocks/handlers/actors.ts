import { http } from 'msw'
import { actors } from '../data/actors'
import { notFound } from '../problem'
import { answer, apiPath, rejectQuery } from './route'
import { withVersion } from './version'

// Every dataset version has the same actors; `?version=` is accepted so any resource can be pinned.
export const actorHandlers = [
  http.get(
    apiPath('/actors'),
    withVersion(({ request }) => rejectQuery(request) ?? answer('actors', actors)),
  ),
  http.get(
    apiPath('/actors/:id'),
    withVersion(({ request, params }) => {
      const actor = actors.find((item) => item.id === params.id)
      if (!actor) return notFound('actor', String(params.id))
      return rejectQuery(request) ?? answer('actors', actor)
    }),
  ),
]
