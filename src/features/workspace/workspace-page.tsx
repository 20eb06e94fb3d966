import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { eventsQueryOptions } from '../../lib/api/events'
import { download } from '../../lib/download'
import {
  deleteStatementChange,
  editSourceChange,
  findSource,
  latestSources,
  putChange,
  uniqueId,
  type SourceKey,
} from '../../lib/workspace/changes'
import { createDataPackage } from '../../lib/workspace/data-package'
import { draftKey, readDraft } from '../../lib/workspace/form-drafts'
import { workspaceDatabaseName } from '../../lib/workspace/names'
import type { WorkspaceStatement } from '../../lib/workspace/records'
import { CodingPanel } from './coding-panel'
import { ImportExport } from './import-export'
import { fileUnder } from './page-changes'
import { SourceForm } from './source-form'
import type { EventFiling, SourceFields } from './source-from-form'
import { SourcesPanel } from './sources-panel'
import { StatementsList } from './statements-list'
import { useWorkspaceLabels } from './use-labels'
import { StorageBanner } from './storage-banner'
import { useWorkspace, type Undo } from './use-workspace'

/** The analyst's own sources and statements, coded by the same codebook as the bundled data. */
export function WorkspacePage({ databaseName }: { databaseName?: string }) {
  const workspace = useWorkspace(databaseName)
  const { data, status } = workspace
  const [current, setCurrent] = useState<SourceKey | null>(null)
  const sources = latestSources(data)
  const source = (current && findSource(data, current)) ?? null
  const labelsFor = useWorkspaceLabels(data)
  // The source's words read in the terms of the event it is filed under.
  const labels = labelsFor(source?.eventId ?? null)
  // Drafts are kept per workspace (a test's database is a workspace of its own) and per form.
  const keyOf = (form: string) => draftKey(databaseName ?? workspaceDatabaseName, form)
  // The form to add a source starts open while the workspace is empty or a draft of it is kept;
  // after that, as the analyst leaves it.
  const [addOpen, setAddOpen] = useState<boolean | null>(() =>
    readDraft(keyOf('source:new')) ? true : null,
  )
  const addByDefault = workspace.ready && sources.length === 0
  const [addSaid, setAddSaid] = useState('')
  // The undo of the last deletion from the list, offered there rather than at the top.
  const [deletion, setDeletion] = useState<Undo | null>(null)

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
    if (saved) {
      setCurrent({ id, version: 1 })
      setAddOpen(null)
      setAddSaid(`Source added: “${fields.title}”.`)
    }
    return saved
  }

  const saveEdit = async (fields: SourceFields, filing: EventFiling) => {
    if (!source) return null
    const { eventId, events, actors } = fileUnder(filing, fields, data)
    const change = editSourceChange(data, source, { ...fields, eventId }, new Date().toISOString())
    const saved = await workspace.apply({ ...change, put: { ...change.put, events, actors } })
    const next = change.put.sources?.[0]
    if (!saved || !next) return null
    setCurrent({ id: next.id, version: next.version })
    return next.version
  }

  const deleteStatement = (statement: WorkspaceStatement) => {
    const removal = deleteStatementChange(data, statement.id)
    if (!removal) return
    const undo = {
      label: `Deleted the statement of ${labels.actor(statement.actorId).name}.`,
      change: removal.undo,
    }
    setDeletion(undo)
    void workspace.apply(removal.change, undo)
  }
  const listUndo = workspace.undo && workspace.undo === deletion ? workspace.undo : null

  return (
    <div className="workspace-page">
      <h2>Your workspace</h2>
      <StorageBanner status={status} onExport={exportWorkspace} />
      {workspace.error && (
        <p className="workspace-problems" role="alert">
          {workspace.error}
        </p>
      )}
      {workspace.undo && !listUndo && (
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
      <div className={source ? 'workspace-columns' : 'workspace-columns workspace-one-column'}>
        <SourcesPanel
          sources={sources}
          chosenId={current?.id}
          onChoose={(held) => setCurrent({ id: held.id, version: held.version })}
          adding={{
            open: addOpen ?? addByDefault,
            // Opening or folding it as the workspace's emptiness says is no choice of the analyst's.
            onToggle: (open) => setAddOpen(open === addByDefault ? null : open),
          }}
          said={addSaid}
        >
          <SourceForm
            events={eventChoices}
            own={data.actors}
            onSave={addSource}
            submitLabel="Add source"
            draft={{ key: keyOf('source:new'), what: 'the source you are adding' }}
            onDiscard={() => setAddSaid('Draft discarded.')}
            onEdit={() => setAddSaid('')}
          />
        </SourcesPanel>
        {source && (
          <CodingPanel
            key={source.id}
            source={source}
            data={data}
            labels={labels}
            events={eventChoices}
            draftKey={keyOf}
            apply={(change) => workspace.apply(change)}
            onEdited={saveEdit}
          />
        )}
      </div>
      <StatementsList
        data={data}
        labelsFor={labelsFor}
        onDelete={deleteStatement}
        undo={listUndo}
        onUndo={workspace.runUndo}
      />
      <ImportExport
        data={data}
        onExport={exportWorkspace}
        onReplace={workspace.replace}
        onApply={workspace.apply}
      />
    </div>
  )
}
