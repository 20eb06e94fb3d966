import { http } from 'msw'
import { notFound } from '../problem'
import type { ServedDataset } from './dataset'
import { answer, apiPath, rejectQuery } from './route'
import { versionedBy } from './version'

// Every version of a dataset codes the same sources.
export const sourceHandlers = (served: ServedDataset) => {
  const withVersion = versionedBy(served)
  return [
    http.get(
      apiPath('/sources'),
      withVersion(
        ({ request, dataset }) =>
          rejectQuery(request) ??
          answer(
            'sources',
            dataset.sources.map(({ text: _text, ...summary }) => summary),
          ),
      ),
    ),
    http.get(
      apiPath('/sources/:id'),
      withVersion(({ request, params, dataset }) => {
        const found = dataset.sources.find((item) => item.id === params.id)
        if (!found) return notFound('source', String(params.id))
        return rejectQuery(request) ?? answer('sources', found)
      }),
    ),
  ]
}
