import { gazetteerActor, gazetteerEntry } from '../gazetteer/gazetteer'
import type { Actor } from '../schemas/actor'
import type { Event } from '../schemas/event'
import type { Source } from '../schemas/source'
import type { Statement } from '../schemas/statement'
import type { SourceVersion, WorkspaceData, WorkspaceEvent, WorkspaceStatement } from './records'

/** The analyst's records in the shapes the API serves, each marked as theirs. */
export type WorkspaceRecords = {
  actors: Actor[]
  events: Event[]
  sources: Source[]
  statements: Statement[]
}

/** One id per version of a source, so a statement keeps pointing at the words it was coded in. */
export const servedSourceId = (id: string, version: number) => `yours-${id}-v${version}`

/** Where an analyst's source has no event of its own, it is listed under this one. */
export const unassignedEventId = 'yours-unassigned'

const dayOf = (iso: string) => iso.slice(0, 10)

function servedSource(source: SourceVersion): Source {
  return {
    id: servedSourceId(source.id, source.version),
    title: source.version > 1 ? `${source.title} (version ${source.version})` : source.title,
    outlet: source.outlet,
    via: null,
    published: source.published ?? dayOf(source.addedAt),
    publishedNote: source.published
      ? 'As the analyst entered it.'
      : `No publication date given; added to the workspace on ${dayOf(source.addedAt)}.`,
    file: source.url ?? '',
    length: source.text.length,
    text: source.text,
    url: source.url,
    yours: true,
  }
}

function servedStatement(statement: WorkspaceStatement, source: Source): Statement {
  const day = statement.date.earliest ?? source.published
  return {
    id: `yours-${statement.id}`,
    actorId: statement.actorId,
    sourceId: source.id,
    speaker: statement.speaker,
    office: statement.office,
    date: {
      earliest: day,
      latest: statement.date.latest ?? day,
      time: null,
      asWritten: statement.date.asWritten,
      basis: statement.date.earliest
        ? 'As the analyst coded it from the source’s words.'
        : 'The source gives no date; the source’s publication date is used.',
    },
    channel: statement.channel,
    textKind: statement.textKind,
    passage: statement.passage,
    passages: [statement.passage],
    quotes: statement.quotes,
    stance: statement.stance,
    explicitStance: statement.explicitStance ?? false,
    positions: statement.positions,
    addressees: statement.addressees,
    rationale: statement.rationale,
    yours: true,
  }
}

/**
 * The analyst's events, sources, actors and statements as the dataset's own records. Actors the
 * dataset already has keep their record; gazetteer actors are added after them; an analyst's new
 * actor comes as they made it. A source filed under an event the dataset has is added to it.
 */
export function workspaceRecords(
  data: WorkspaceData,
  dataset: { actors: readonly Actor[]; events: readonly Event[] },
): WorkspaceRecords {
  const held = data.sources.map((version) => ({ version, source: servedSource(version) }))
  const sources = held.map((item) => item.source)
  const sourceOf = new Map(
    held.map((item) => [`${item.version.id}@${item.version.version}`, item.source]),
  )
  const statements = data.statements.flatMap((statement) => {
    const source = sourceOf.get(`${statement.sourceId}@${statement.sourceVersion}`)
    return source ? [servedStatement(statement, source)] : []
  })

  const known = new Set(dataset.actors.map((actor) => actor.id))
  const actors: Actor[] = []
  const add = (actor: Actor) => {
    if (known.has(actor.id)) return
    known.add(actor.id)
    actors.push(actor)
  }
  const order = 1000 + dataset.actors.length
  // The other names help the drafts find the actor; the served record is the dataset's shape.
  for (const { otherNames: _names, ...actor } of data.actors) add(actor)
  for (const statement of statements) {
    const entry = gazetteerEntry(statement.actorId)
    if (entry) add(gazetteerActor(entry, order + actors.length))
  }

  const ownEvents = new Set(data.events.map((event) => event.id))
  const datasetEvents = new Set(dataset.events.map((event) => event.id))
  const filedUnder = (eventId: string | null) =>
    eventId !== null && (ownEvents.has(eventId) || datasetEvents.has(eventId)) ? eventId : null
  const sourcesOf = (eventId: string | null) =>
    held.filter((item) => filedUnder(item.version.eventId) === eventId).map((item) => item.source)
  const eventOf = (event: WorkspaceEvent, served: readonly Source[]): Event | null => {
    const days = served.map((source) => source.published).sort()
    const start = event.start ?? days[0]
    if (!start) return null
    return {
      id: event.id,
      title: event.title,
      summary: 'An event from the analyst’s own sources.',
      start,
      end: event.end ?? days.at(-1) ?? start,
      timeZone: event.timeZone ?? 'UTC',
      // What the reactions are about, where the analyst said: the codebook's labels read in them.
      ...(event.initiator ? { initiator: event.initiator } : {}),
      ...(event.action ? { action: event.action } : {}),
      ...(event.parties ? { parties: event.parties } : {}),
      ...(event.country ? { country: event.country } : {}),
      sourceIds: served.map((source) => source.id),
      // The analyst's milestones are a label and a day, as they entered them, with no source's
      // words to point at.
      milestones: (event.milestones ?? []).map((milestone, at) => ({
        id: `${event.id}-milestone-${at + 1}`,
        label: milestone.label,
        date: milestone.date,
        time: null,
        asWritten: 'as the analyst entered it',
      })),
      yours: true,
    }
  }
  const unassigned: WorkspaceEvent = {
    id: unassignedEventId,
    title: 'Your sources without an event',
    start: null,
    end: null,
  }
  const events = [
    ...data.events.map((event) => eventOf(event, sourcesOf(event.id))),
    eventOf(unassigned, sourcesOf(null)),
  ].filter((event): event is Event => event !== null)

  return { actors, events, sources, statements }
}

/** The analyst's sources filed under the dataset's own events: event id → their source ids. */
export function sourcesAddedToEvents(
  data: WorkspaceData,
  dataset: { events: readonly Event[] },
): Map<string, string[]> {
  const added = new Map<string, string[]>()
  for (const version of data.sources) {
    if (version.eventId && dataset.events.some((event) => event.id === version.eventId)) {
      added.set(version.eventId, [
        ...(added.get(version.eventId) ?? []),
        servedSourceId(version.id, version.version),
      ])
    }
  }
  return added
}
