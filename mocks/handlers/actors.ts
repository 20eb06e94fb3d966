import { http } from 'msw'
import { notFound } from '../problem'
import type { ServedDataset } from './dataset'
import { answer, apiPath, rejectQuery } from './route'
import { versionedBy } from './version'

// Every version of a dataset has the same actors; `?version=` is accepted so any resource can be pinned.
export const actorHandlers = (served: ServedDataset) => {
  const withVersion = versionedBy(served)
  return [
    http.get(
      apiPath('/actors'),
      withVersion(
        ({ request, dataset }) => rejectQuery(request) ?? answer('actors', dataset.actors),
      ),
    ),
    http.get(
      apiPath('/actors/:id'),
      withVersion(({ request, params, dataset }) => {
        const actor = dataset.actors.find((item) => item.id === params.id)
        if (!actor) return notFound('actor', String(params.id))
        return rejectQuery(request) ?? answer('actors', actor)
      }),
    ),
  ]
}
