import { http } from 'msw'
import type { Event } from '../../src/lib/schemas/event'
import { collectionHandlers } from './collection'
import type { ServedDataset, ServedVersion } from './dataset'
import { answer, apiPath, rejectQuery } from './route'
import { versionedBy } from './version'

const countedByVersion = new WeakMap<ServedVersion, Event[]>()

/** Each event with how many actors and statements its sources hold, counted once per version. */
export function countedEvents(dataset: ServedVersion): Event[] {
  const cached = countedByVersion.get(dataset)
  if (cached) return cached
  // A corpus kept in a store is written with its events already counted.
  if (dataset.store) return [...dataset.events]
  const eventOfSource = new Map<string, number>()
  dataset.events.forEach((event, at) => {
    for (const sourceId of event.sourceIds)
      if (!eventOfSource.has(sourceId)) eventOfSource.set(sourceId, at)
  })
  const statements = dataset.events.map(() => 0)
  const actors = dataset.events.map(() => new Set<string>())
  for (const statement of dataset.statements) {
    const at = eventOfSource.get(statement.sourceId)
    if (at === undefined) continue
    statements[at] = (statements[at] ?? 0) + 1
    actors[at]?.add(statement.actorId)
  }
  const counted = dataset.events.map((event, at) => ({
    ...event,
    actorCount: actors[at]?.size ?? 0,
    statementCount: statements[at] ?? 0,
  }))
  countedByVersion.set(dataset, counted)
  return counted
}

export const eventHandlers = (served: ServedDataset) => {
  const withVersion = versionedBy(served)
  const versions = served.versions.map(({ meta }) => meta)
  return [
    ...collectionHandlers(served, 'events', {
      what: 'event',
      list: countedEvents,
      find: (dataset, id) => countedEvents(dataset).find((item) => item.id === id),
    }),
    http.get(
      apiPath('/codebook'),
      withVersion(
        ({ request, dataset }) => rejectQuery(request) ?? answer('codebook', dataset.codebook),
      ),
    ),
    http.get(
      apiPath('/meta'),
      withVersion(
        ({ request, dataset }) =>
          rejectQuery(request) ??
          answer('meta', {
            ...dataset.meta,
            versions,
            dataset: served.name,
            ...(served.notice ? { notice: served.notice } : {}),
          }),
      ),
    ),
  ]
}
