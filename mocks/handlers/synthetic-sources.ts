import { http } from 'msw'
import { groupBy } from '../../src/lib/group-by'
import type { Statement } from '../../src/lib/schemas/statement'
import {
  syntheticSourceText,
  type SyntheticSourceParts,
} from '../../src/lib/engine/synthetic-sources'
import { answer, apiPath, rejectQuery } from './route'
import { datasetHeader } from './version'

/**
 * `/api/sources/:id` for the synthetic corpus the page made in its worker: each source's text is
 * made from its statements when asked for. Any other id is left to the published data's handlers.
 */
export function syntheticSourceHandlers(parts: SyntheticSourceParts) {
  const byId = new Map(parts.sources.map((source) => [source.id, source]))
  // Grouped on the first request: most visits never open a source.
  let bySource: Map<string, Statement[]> | null = null
  return [
    http.get(apiPath('/sources/:id'), async ({ request, params }) => {
      const summary = byId.get(String(params.id))
      if (!summary) return undefined
      bySource ??= groupBy(parts.statements, (statement) => statement.sourceId)
      const response =
        rejectQuery(request) ??
        (await answer('sources', syntheticSourceText(summary, bySource.get(summary.id) ?? [])))
      // A network error (the "offline" fault) has headers no one may change.
      if (response.type !== 'error') response.headers.set(datasetHeader, 'synthetic')
      return response
    }),
  ]
}
