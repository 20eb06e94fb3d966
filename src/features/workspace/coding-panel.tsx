import { useState } from 'react'
import { isFrozen, putChange, type Change } from '../../lib/workspace/changes'
import type { SourceVersion, WorkspaceData } from '../../lib/workspace/records'
import { DraftsReview } from './drafts-review'
import { statementFromDraft } from './page-changes'
import { StatusLine } from './restored-notice'
import { SourceForm } from './source-form'
import type { EventChoice, EventFiling, SourceFields } from './source-from-form'
import { StatementForm } from './statement-form'
import type { StatementSeed } from './statement-start'
import type { WorkspaceLabels } from './use-labels'

/**
 * One version of a source, coded: its details (and an edit of them), the suggested drafts and
 * the statement form, each saying by its button what its last save did.
 */
export function CodingPanel({
  source,
  data,
  labels,
  events,
  draftKey,
  apply,
  onEdited,
}: {
  source: SourceVersion
  data: WorkspaceData
  labels: WorkspaceLabels
  events: readonly EventChoice[]
  /** Where a form's draft is kept: "source:norvania@2", "statement:norvania@2". */
  draftKey: (form: string) => string
  apply: (change: Change) => Promise<boolean>
  /** Saves the source's edit; says the version it is saved as, or null when it is not saved. */
  onEdited: (fields: SourceFields, filing: EventFiling) => Promise<number | null>
}) {
  const [editing, setEditing] = useState(false)
  const [held, setSeed] = useState<{ key: number; at: string; value: StatementSeed } | null>(null)
  const [editSaid, setEditSaid] = useState('')
  const [statementSaid, setStatementSaid] = useState('')
  const at = `${source.id}@${source.version}`
  // A suggestion points into the words of the version it was made from.
  const seed = held?.at === at ? held : null
  return (
    <section aria-labelledby="workspace-coding" className="workspace-panel">
      <h3 id="workspace-coding">
        Code {source.title} (version {source.version})
      </h3>
      <p className="workspace-muted">
        {[source.outlet, source.published, source.language].filter(Boolean).join(' · ')}
        {isFrozen(data, source) &&
          ' · Frozen: statements point into this text, so an edit makes a new version.'}
      </p>
      <button type="button" onClick={() => setEditing((open) => !open)}>
        {editing ? 'Stop editing' : 'Edit this source'}
      </button>
      {editing && (
        <SourceForm
          key={`edit ${at}`}
          initial={source}
          events={events}
          own={data.actors}
          onSave={async (fields, filing) => {
            const version = await onEdited(fields, filing)
            if (version === null) return false
            setEditing(false)
            setEditSaid(
              version === source.version ? 'Source saved.' : `Source saved as version ${version}.`,
            )
            return true
          }}
          submitLabel="Save the source"
          draft={{ key: draftKey(`source:${at}`), what: 'your edit of this source' }}
          onDiscard={() => setEditSaid('Draft discarded.')}
          onEdit={() => setEditSaid('')}
        />
      )}
      <StatusLine said={editSaid} />
      <DraftsReview
        key={`drafts ${at}`}
        labels={labels}
        actors={data.actors}
        source={source}
        onAccept={(draft) =>
          apply(
            putChange({
              statements: [
                statementFromDraft(
                  draft,
                  source,
                  data.statements.map((statement) => statement.id),
                ),
              ],
            }),
          )
        }
        onEdit={(draft) =>
          setSeed((last) => ({
            key: (last?.key ?? 0) + 1,
            at,
            value: {
              passage: draft.passage,
              quotes: draft.quotes,
              actorId: draft.actorId,
              stance: draft.stance,
              speaker: draft.speaker,
            },
          }))
        }
      />
      <h3>Code a statement</h3>
      <StatementForm
        labels={labels}
        key={`${at}#${seed?.key ?? 0}`}
        source={source}
        data={data}
        seed={seed?.value ?? null}
        onSave={async (change) => {
          const saved = await apply(change)
          const actorId = change.put.statements?.[0]?.actorId ?? ''
          // The actor may be one the statement adds, not yet among the labels' actors.
          const added = change.put.actors?.find((actor) => actor.id === actorId)
          if (saved)
            setStatementSaid(`Statement saved: ${added?.name ?? labels.actor(actorId).name}.`)
          return saved
        }}
        draftKey={draftKey(`statement:${at}`)}
        onDiscard={() => setStatementSaid('Draft discarded.')}
        onEdit={() => setStatementSaid('')}
      />
      <StatusLine said={statementSaid} />
    </section>
  )
}
