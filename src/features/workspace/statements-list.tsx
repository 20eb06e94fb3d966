import { useEffect, useMemo, useRef } from 'react'
import type { WorkspaceData, WorkspaceStatement } from '../../lib/workspace/records'
import { StatementItem, statementItemName, type ItemProps } from './statement-item'
import type { WorkspaceLabels } from './use-labels'
import type { Undo } from './use-workspace'
import { VirtualStatements } from './virtual-statements'

/**
 * A list this short is drawn whole: find-in-page and print see every statement. A longer one
 * (an import of thousands) draws the statements near the view in a box of its own, so that it
 * opens at once and the panels below it stay a scroll away.
 */
export const drawnWhole = 100

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
  // When the list shows the statements it was given: `npm run bench:import -- --browser` reads it.
  useEffect(() => {
    performance.mark('workspace-statements-drawn')
  }, [data.statements])
  // Each statement's source found in a map, not by a search of every source per statement.
  const sources = useMemo(
    () => new Map(data.sources.map((source) => [`${source.id}@${source.version}`, source])),
    [data.sources],
  )
  const { statements } = data
  const itemAt = (index: number): ItemProps | null => {
    const statement = statements[index]
    if (!statement) return null
    const source = sources.get(`${statement.sourceId}@${statement.sourceVersion}`)
    return { statement, source, labels: labelsFor(source?.eventId ?? null) }
  }
  const count = statements.length
  return (
    <section aria-labelledby="workspace-statements" className="workspace-panel">
      <h3 id="workspace-statements">Your statements ({count.toLocaleString('en')})</h3>
      <div className="workspace-undo">
        <p role="status">{undo?.label}</p>
        {undo && (
          <button ref={undoButton} type="button" className="workspace-secondary" onClick={onUndo}>
            Undo
          </button>
        )}
      </div>
      {count === 0 && <p>No statements coded yet.</p>}
      {count > drawnWhole ? (
        <VirtualStatements count={count} itemAt={itemAt} onDelete={onDelete} />
      ) : (
        <ul className="workspace-statements" aria-labelledby="workspace-statements">
          {statements.map((_, index) => {
            const item = itemAt(index)
            if (!item) return null
            return (
              <li
                key={item.statement.id}
                aria-label={statementItemName(item.statement, item.labels)}
                aria-setsize={count}
                aria-posinset={index + 1}
              >
                <StatementItem {...item} onDelete={onDelete} />
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
