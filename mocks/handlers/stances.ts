import { http } from 'msw'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { actors } from '../data/actors'
import { statements } from '../data/statements'
import { notFound } from '../problem'
import { answer, apiPath, rejectQuery } from './route'

export const stanceHandlers = [
  http.get(
    apiPath('/stances'),
    ({ request }) =>
      rejectQuery(request) ??
      answer(
        'stances',
        actors.map((actor) => deriveStanceSummary(actor, statements)),
      ),
  ),
  http.get(apiPath('/stances/:actorId'), ({ request, params }) => {
    const actor = actors.find((item) => item.id === params.actorId)
    if (!actor) return notFound('actor', String(params.actorId))
    return rejectQuery(request) ?? answer('stances', deriveStanceSummary(actor, statements))
  }),
]
