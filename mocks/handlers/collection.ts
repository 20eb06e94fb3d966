import { http } from 'msw'
import type { Resource } from '../faults'
import { notFound } from '../problem'
import type { ServedDataset, ServedVersion } from './dataset'
import { answer, apiPath, rejectQuery } from './route'
import { versionedBy } from './version'

/**
 * A resource read as a list and one item at a time, neither taking query parameters (but
 * `?version=`): `/api/<resource>` answers `list`, `/api/<resource>/:id` the item `find` picks, or a
 * 404 that names it as `what`.
 */
export function collectionHandlers(
  served: ServedDataset,
  resource: Resource,
  {
    what,
    list,
    find,
  }: {
    what: string
    list: (dataset: ServedVersion) => unknown
    /** May be a promise: a large corpus reads an item from its store. */
    find: (dataset: ServedVersion, id: string) => unknown
  },
) {
  const withVersion = versionedBy(served)
  return [
    http.get(
      apiPath(`/${resource}`),
      withVersion(
        async ({ request, dataset }) =>
          rejectQuery(request) ?? answer(resource, await list(dataset)),
      ),
    ),
    http.get(
      apiPath(`/${resource}/:id`),
      withVersion(async ({ request, params, dataset }) => {
        const id = String(params.id)
        const item: unknown = await find(dataset, id)
        if (!item) return notFound(what, id)
        return rejectQuery(request) ?? answer(resource, item)
      }),
    ),
  ]
}
