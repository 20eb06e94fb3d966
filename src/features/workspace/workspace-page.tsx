import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { eventsQueryOptions } from '../../lib/api/events'
import { download } from '../../lib/download'
import {
  deleteStatementChange,
  editSourceChange,
  findSource,
  isFrozen,
  latestSources,
  putChange,
  uniqueId,
  type SourceKey,
} from '../../lib/workspace/changes'
import { createDataPackage } from '../../lib/workspace/data-package'
import type { WorkspaceStatement } from '../../lib/workspace/records'
import { DraftsReview } from './drafts-review'
import { ImportExport } from './import-export'
import { fileUnder, statementFromDraft } from './page-changes'
import { SourceForm, type EventFiling, type SourceFields } from './source-form'
import { StatementForm, type StatementSeed } from './statement-form'
import { StatementsList } from './statements-list'
import { useWorkspaceLabels } from './use-labels'
import { StorageBanner } from './storage-banner'
import { useWorkspace } from './use-workspace'
import { ChoiceList } from './choice-list'

/** The analyst's own sources and statements, coded by the same codebook as the bundled data. */
export function WorkspacePage({ databaseName }: { databaseName?: string }) {
  const workspace = useWorkspace(databaseName)
  const { data, status } = workspace
  const [current, setCurrent] = useState<SourceKey | null>(null)
  const [editing, setEditing] = useState(false)
  const [seed, setSeed] = useState<{ key: number; value: StatementSeed } | null>(null)
  const sources = latestSources(data)
  const source = (current && findSource(data, current)) ?? null
  const labelsFor = useWorkspaceLabels(data)
  // The source's words read in the terms of the event it is filed under.
  const labels = labelsFor(source?.eventId ?? null)

  const exportWorkspace = () =>
    void createDataPackage(data, new Date()).then((pack) =>
      download(
        `workspace-${pack.exportedAt.slice(0, 10)}.json`,
        JSON.stringify(pack, null, 2),
        'application/json',
      ),
    )

  const served = useQuery(eventsQueryOptions()).data
  const eventChoices = [...(served ?? []).filter((event) => !event.yours), ...data.events].map(
    (event) => ({ id: event.id, title: event.title }),
  )

  const addSource = async (fields: SourceFields, filing: EventFiling) => {
    const id = uniqueId(
      fields.title,
      data.sources.map((held) => held.id),
    )
    const { eventId, events, actors } = fileUnder(filing, fields, data)
    const saved = await workspace.apply(
      putChange({
        sources: [{ ...fields, eventId, id, version: 1, addedAt: new Date().toISOString() }],
        events,
        actors,
      }),
    )
    if (saved) setCurrent({ id, version: 1 })
    return saved
  }

  const saveEdit = async (fields: SourceFields, filing: EventFiling) => {
    if (!source) return false
    const { eventId, events, actors } = fileUnder(filing, fields, data)
    const change = editSourceChange(data, source, { ...fields, eventId }, new Date().toISOString())
    const saved = await workspace.apply({ ...change, put: { ...change.put, events, actors } })
    const next = change.put.sources?.[0]
    if (saved && next) {
      setCurrent({ id: next.id, version: next.version })
      setEditing(false)
    }
    return saved
  }

  const deleteStatement = (statement: WorkspaceStatement) => {
    const removal = deleteStatementChange(data, statement.id)
    if (removal)
      void workspace.apply(removal.change, {
        label: `Deleted the statement of ${labels.actor(statement.actorId).name}.`,
        change: removal.undo,
      })
  }

  return (
    <div className="workspace-page">
      <h2>Your workspace</h2>
      <StorageBanner status={status} onExport={exportWorkspace} />
      {workspace.error && (
        <p className="workspace-problems" role="alert">
          {workspace.error}
        </p>
      )}
      {workspace.undo && (
        <p role="status" className="workspace-undo">
          {workspace.undo.label}{' '}
          <button type="button" onClick={workspace.runUndo}>
            Undo
          </button>
        </p>
      )}
      {workspace.restorePoint && (
        <p role="status" className="workspace-undo">
          {workspace.restorePoint.label}{' '}
          <button type="button" onClick={workspace.restore}>
            {workspace.restorePoint.undoLabel}
          </button>
        </p>
      )}
      <div className="workspace-columns">
        <section aria-labelledby="workspace-sources" className="workspace-panel">
          <h3 id="workspace-sources">Your sources</h3>
          {sources.length === 0 && <p>No sources yet: add one below.</p>}
          <ChoiceList
            className="workspace-source-list"
            items={sources}
            chosenId={current?.id}
            onChoose={(held) => {
              setCurrent({ id: held.id, version: held.version })
              setEditing(false)
            }}
          >
            {(held) => (
              <>
                {held.title}
                {held.version > 1 && ` (version ${held.version})`}
              </>
            )}
          </ChoiceList>
          <details>
            <summary>Add a source</summary>
            <SourceForm
              events={eventChoices}
              own={data.actors}
              onSave={addSource}
              submitLabel="Add source"
            />
          </details>
        </section>
        {source && (
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
                initial={source}
                events={eventChoices}
                own={data.actors}
                onSave={saveEdit}
                submitLabel="Save the source"
              />
            )}
            <DraftsReview
              labels={labels}
              actors={data.actors}
              key={`${source.id}@${source.version}`}
              source={source}
              onAccept={(draft) =>
                workspace.apply(
                  putChange({
                    statements: [
                      statementFromDraft(
                        draft,
                        source,
                        data.statements.map((held) => held.id),
                      ),
                    ],
                  }),
                )
              }
              onEdit={(draft) =>
                setSeed((held) => ({
                  key: (held?.key ?? 0) + 1,
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
              key={`${source.id}@${source.version}#${seed?.key ?? 0}`}
              source={source}
              data={data}
              seed={seed?.value ?? null}
              onSave={(change) => workspace.apply(change)}
            />
          </section>
        )}
      </div>
      <StatementsList data={data} labelsFor={labelsFor} onDelete={deleteStatement} />
      <ImportExport
        data={data}
        onExport={exportWorkspace}
        onReplace={workspace.replace}
        onApply={workspace.apply}
      />
    </div>
  )
}
