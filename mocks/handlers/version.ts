import { datasetVersions, latestVersion, type DatasetVersion } from '../data/versions'
import { problemResponse } from '../problem'
import { withETag } from './etag'

export type Versioned = { dataset: DatasetVersion; request: Request }

/**
 * Reads `?version=` (default: the latest dataset) and hands on the request without it, so each
 * endpoint checks its own parameters as before. An unknown version is a 400 that names it.
 */
export function pickVersion(request: Request): Versioned | Response {
  const url = new URL(request.url)
  const asked = url.searchParams.getAll('version')
  if (asked.length === 0) return { dataset: latestVersion, request }
  const served = datasetVersions.map((item) => item.meta.version)
  const dataset = datasetVersions.find((item) => item.meta.version === asked[0])
  if (asked.length > 1 || !dataset) {
    const named = asked.join('", "')
    return problemResponse(
      400,
      `No dataset version "${named}". Served versions: ${served.join(', ')}.`,
      [{ field: 'version', message: `unknown dataset version "${named}"` }],
    )
  }
  url.searchParams.delete('version')
  return { dataset, request: new Request(url, { headers: request.headers }) }
}

/**
 * Runs `handle` with the asked-for dataset (its answer tagged for caching), or answers the problem
 * with the version.
 */
export const withVersion =
  (
    handle: (
      versioned: Versioned & { params: Record<string, unknown> },
    ) => Response | Promise<Response>,
  ) =>
  async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
    const picked = pickVersion(request)
    if (picked instanceof Response) return picked
    return withETag(
      picked.request,
      await handle({ ...picked, params }),
      picked.dataset.meta.version,
    )
  }
