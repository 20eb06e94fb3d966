import { http } from 'msw'
import { openFormatFile } from '../../src/features/export/open-formats'
import type { OpenFormat } from '../../src/features/export/export-request'
import { genericTerms, termsOf } from '../../src/lib/codebook/event-terms'
import { engineQueryOf } from '../../src/lib/engine/engine-query'
import { shownActors } from '../../src/lib/engine/results'
import { codebookLabels } from '../../src/lib/labels'
import { readStatementsQuery } from '../../src/lib/schemas/statement-query'
import { allEvents } from '../../src/lib/url-state/filter-state'
import { injectFault } from '../faults'
import { problemResponse } from '../problem'
import { indexed, type ServedDataset } from './dataset'
import { heldVersion } from './held-version'
import { apiPath, rejectUndecodable } from './route'
import { versionedBy } from './version'

/** Each file the API hands out for data tools, by its path under `/api/export/`. */
export const exportFiles = {
  'datapackage.zip': 'datapackage',
  'statements.parquet': 'parquet',
} as const satisfies Record<string, OpenFormat>

/**
 * `GET /api/export/datapackage.zip` and `/api/export/statements.parquet`: the statements that
 * `/api/statements` finds for the same filters, as the page's "Download data package" and
 * "Download Parquet" make them, by the page's own code. The file is fixed by the dataset version
 * and the query (it is dated by the version, not by the request), so its ETag holds.
 */
export const exportHandlers = (served: ServedDataset) => {
  const withVersion = versionedBy(served)
  return Object.entries(exportFiles).map(([path, format]) =>
    http.get(
      apiPath(`/export/${path}`),
      withVersion(async ({ request, dataset }) => {
        const undecodable = rejectUndecodable(request)
        if (undecodable) return undecodable
        const url = new URL(request.url)
        const eventIds = new Set([allEvents, ...dataset.events.map((item) => item.id)])
        const { store } = dataset
        const query = readStatementsQuery(url.searchParams, {
          ...(store ? store.known : indexed(dataset).known),
          eventIds,
        })
        const { state, events, problems } = query
        if (problems.length > 0)
          return problemResponse(400, 'The statement filters are not valid.', problems)
        const fault = await injectFault('statements')
        if (fault) return fault
        // The files are made by the page's code from statements in memory; a corpus file hands
        // over the ones that match.
        const held = store ? await heldVersion(dataset, store, query) : dataset
        if (held instanceof Response) return held
        const found = indexed(held)
        const result = found.engine.query({ ...engineQueryOf(state), event: events })
        // The event in view names the file and fills the labels, as on the page.
        const [only] = dataset.events.length === 1 ? dataset.events : []
        const event = events.length === 1 ? (events[0] ?? allEvents) : (only?.id ?? allEvents)
        const inView = dataset.events.find((item) => item.id === event)
        const file = await openFormatFile({
          format,
          state,
          results: shownActors(found.engine.index, result),
          actors: dataset.actors,
          sources: dataset.sources,
          labels: codebookLabels(dataset.codebook, inView ? termsOf(inView) : genericTerms),
          codebook: dataset.codebook,
          events: dataset.events,
          event,
          datasetVersion: dataset.meta.version,
          dataset: served.name,
          view: `${url.pathname}${url.search}`,
          created: new Date(`${dataset.meta.updatedAt}T00:00:00Z`),
        })
        return new Response(file.bytes, {
          headers: {
            'Content-Type': file.type,
            'Content-Disposition': `attachment; filename="${file.name}"`,
          },
        })
      }),
    ),
  )
}
