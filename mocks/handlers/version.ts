import { problemResponse } from '../problem'
import type { ServedDataset, ServedVersion } from './dataset'
import { withETag } from './etag'

export type Versioned = { dataset: ServedVersion; request: Request }

/** The response header that names a dataset that is not the article's. */
export const datasetHeader = 'X-Dataset'

/**
 * Marks every answer from synthetic data as such, whatever its status. A network error (the
 * "offline" fault) is no answer: its headers are immutable, and setting one would throw.
 */
export function labelled(served: ServedDataset, response: Response): Response {
  if (served.name !== 'article' && response.type !== 'error')
    response.headers.set(datasetHeader, served.name)
  return response
}

/**
 * Reads `?version=` (default: the dataset's latest) and hands on the request without it, so each
 * endpoint checks its own parameters as before. An unknown version is a 400 that names it.
 */
export function pickVersion(served: ServedDataset, request: Request): Versioned | Response {
  const url = new URL(request.url)
  const asked = url.searchParams.getAll('version')
  if (asked.length === 0) return { dataset: served.latest, request }
  const names = served.versions.map((item) => item.meta.version)
  const dataset = served.versions.find((item) => item.meta.version === asked[0])
  if (asked.length > 1 || !dataset) {
    const named = asked.join('", "')
    return problemResponse(
      400,
      `No dataset version "${named}". Served versions: ${names.join(', ')}.`,
      [{ field: 'version', message: `unknown dataset version "${named}"` }],
    )
  }
  url.searchParams.delete('version')
  return { dataset, request: new Request(url, { headers: request.headers }) }
}

/**
 * Runs `handle` with the asked-for version of `served` (its answer tagged for caching and
 * labelled with the dataset), or answers the problem with the version.
 */
export const versionedBy =
  (served: ServedDataset) =>
  (
    handle: (
      versioned: Versioned & { params: Record<string, unknown> },
    ) => Response | Promise<Response>,
  ) =>
  async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
    const picked = pickVersion(served, request)
    if (picked instanceof Response) return labelled(served, picked)
    const response = withETag(
      picked.request,
      await handle({ ...picked, params }),
      picked.dataset.revision ?? picked.dataset.meta.version,
    )
    return labelled(served, response)
  }
