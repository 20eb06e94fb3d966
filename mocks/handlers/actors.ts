import { http } from 'msw'
import { actors } from '../data/actors'
import { notFound } from '../problem'
import { answer, apiPath, rejectQuery } from './route'

export const actorHandlers = [
  http.get(apiPath('/actors'), ({ request }) => rejectQuery(request) ?? answer('actors', actors)),
  http.get(apiPath('/actors/:id'), ({ request, params }) => {
    const actor = actors.find((item) => item.id === params.id)
    if (!actor) return notFound('actor', String(params.id))
    return rejectQuery(request) ?? answer('actors', actor)
  }),
]
