import { http } from 'msw'
import { notFound } from '../problem'
import type { ServedDataset } from './dataset'
import { answer, apiPath, rejectQuery } from './route'
import { versionedBy } from './version'

// Each version's stances come from its own statements by its own codebook's rule.
export const stanceHandlers = (served: ServedDataset) => {
  const withVersion = versionedBy(served)
  return [
    http.get(
      apiPath('/stances'),
      withVersion(
        ({ request, dataset }) => rejectQuery(request) ?? answer('stances', dataset.stances),
      ),
    ),
    http.get(
      apiPath('/stances/:actorId'),
      withVersion(({ request, params, dataset }) => {
        const summary = dataset.stances.find((item) => item.actorId === params.actorId)
        if (!summary) return notFound('actor', String(params.actorId))
        return rejectQuery(request) ?? answer('stances', summary)
      }),
    ),
  ]
}
