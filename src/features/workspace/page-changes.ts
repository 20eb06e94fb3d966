import { uniqueId, type SourceKey } from '../../lib/workspace/changes'
import type { Draft } from '../../lib/workspace/extract'
import { openEvent } from '../../lib/workspace/new-event'
import type {
  WorkspaceActor,
  WorkspaceData,
  WorkspaceEvent,
  WorkspaceStatement,
} from '../../lib/workspace/records'
import type { EventFiling, SourceFields } from './source-from-form'

/** The statement a draft proposes, as the analyst accepts it. */
export function statementFromDraft(
  draft: Draft,
  source: SourceKey,
  taken: string[],
): WorkspaceStatement {
  return {
    id: uniqueId(`${draft.actorId}-${draft.trigger.text}-${draft.passage.start}`, taken),
    actorId: draft.actorId,
    sourceId: source.id,
    sourceVersion: source.version,
    speaker: draft.speaker,
    office: null,
    date: { asWritten: null, earliest: null, latest: null, partOfDay: null },
    channel: 'unspecified',
    textKind: draft.textKind,
    passage: draft.passage,
    quotes: draft.quotes,
    stance: draft.stance,
    positions: [],
    addressees: [],
    rationale: `Suggested by the words “${draft.trigger.text}”; accepted as suggested.`,
  }
}

/** The event a source is filed under, and the new event and actors it opens, if it opens one. */
export function fileUnder(
  filing: EventFiling,
  fields: SourceFields,
  data: WorkspaceData,
): { eventId: string | null; events: WorkspaceEvent[]; actors: WorkspaceActor[] } {
  if (filing.kind === 'none') return { eventId: null, events: [], actors: [] }
  if (filing.kind === 'existing') return { eventId: filing.id, events: [], actors: [] }
  const day = fields.published ?? new Date().toISOString().slice(0, 10)
  const { event, actors } = openEvent(filing.event, data, day)
  return { eventId: event.id, events: [event], actors }
}
