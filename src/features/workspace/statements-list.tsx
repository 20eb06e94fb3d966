import { useEffect, useRef } from 'react'
import { Flag } from '../../components/flag'
import { YoursMark } from '../../components/yours-mark'
import { nestedQuotation } from '../../lib/nested-quotation'
import type { WorkspaceData, WorkspaceStatement } from '../../lib/workspace/records'
import type { WorkspaceLabels } from './use-labels'
import type { Undo } from './use-workspace'

/** The analyst's own statements, each marked as theirs, and the undo of the last deletion. */
export function StatementsList({
  data,
  labelsFor,
  onDelete,
  undo,
  onUndo,
}: {
  data: WorkspaceData
  /** The words for a statement, in the terms of its source's event. */
  labelsFor: (eventId: string | null) => WorkspaceLabels
  onDelete: (statement: WorkspaceStatement) => void
  /** The last deletion from this list, while it can be undone. */
  undo: Undo | null
  onUndo: () => void
}) {
  const undoButton = useRef<HTMLButtonElement>(null)
  // The deleted statement's button is gone with it; the keyboard goes on from the undo.
  useEffect(() => {
    if (undo) undoButton.current?.focus()
  }, [undo])
  return (
    <section aria-labelledby="workspace-statements" className="workspace-panel">
      <h3 id="workspace-statements">Your statements ({data.statements.length})</h3>
      <div className="workspace-undo">
        <p role="status">{undo?.label}</p>
        {undo && (
          <button ref={undoButton} type="button" className="workspace-secondary" onClick={onUndo}>
            Undo
          </button>
        )}
      </div>
      {data.statements.length === 0 && <p>No statements coded yet.</p>}
      <ul className="workspace-statements">
        {data.statements.map((statement) => {
          const source = data.sources.find(
            (held) => held.id === statement.sourceId && held.version === statement.sourceVersion,
          )
          const labels = labelsFor(source?.eventId ?? null)
          const actor = labels.actor(statement.actorId)
          return (
            <li key={statement.id} aria-label={`${actor.name}: ${statement.passage.text}`}>
              <p>
                <YoursMark /> <Flag emblem={actor.emblem} size={20} /> <strong>{actor.name}</strong>{' '}
                · {statement.stance ? labels.stance(statement.stance) : 'No stance'} ·{' '}
                {statement.textKind === 'quote' ? 'quotation' : 'paraphrase'}
              </p>
              <p className="workspace-passage">
                {statement.textKind === 'quote'
                  ? statement.quotes.map((quote) => `“${nestedQuotation(quote.text)}”`).join(' … ')
                  : statement.passage.text}
              </p>
              <p className="workspace-muted">
                {source ? `${source.title}, version ${source.version}` : statement.sourceId}
              </p>
              <button
                type="button"
                className="workspace-secondary workspace-destructive"
                onClick={() => onDelete(statement)}
              >
                Delete statement
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
