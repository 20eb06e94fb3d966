import { http } from 'msw'
import { actors } from '../data/actors'
import { notFound } from '../problem'
import { answer, apiPath, rejectQuery } from './route'
import { withVersion } from './version'

// Each version's stances come from its own statements by its own codebook's rule.
export const stanceHandlers = [
  http.get(
    apiPath('/stances'),
    withVersion(
      ({ request, dataset }) =>
        rejectQuery(request) ??
        answer(
          'stances',
          actors.map((actor) => dataset.deriveStance(actor, dataset.statements)),
        ),
    ),
  ),
  http.get(
    apiPath('/stances/:actorId'),
    withVersion(({ request, params, dataset }) => {
      const actor = actors.find((item) => item.id === params.actorId)
      if (!actor) return notFound('actor', String(params.actorId))
      return (
        rejectQuery(request) ?? answer('stances', dataset.deriveStance(actor, dataset.statements))
      )
    }),
  ),
]
