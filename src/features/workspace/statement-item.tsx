import { Flag } from '../../components/flag'
import { YoursMark } from '../../components/yours-mark'
import { nestedQuotation } from '../../lib/nested-quotation'
import type { SourceVersion, WorkspaceStatement } from '../../lib/workspace/records'
import type { WorkspaceLabels } from './use-labels'

/** A statement of the list, with its source and the words of its source's event. */
export type ItemProps = {
  statement: WorkspaceStatement
  source: SourceVersion | undefined
  labels: WorkspaceLabels
}

/** What one statement of the list shows: who, which stance, its words, its source, its delete. */
export function StatementItem({
  statement,
  source,
  labels,
  onDelete,
}: ItemProps & {
  onDelete: (statement: WorkspaceStatement) => void
}) {
  const actor = labels.actor(statement.actorId)
  return (
    <>
      <p>
        <YoursMark /> <Flag emblem={actor.emblem} size={20} /> <strong>{actor.name}</strong> ·{' '}
        {statement.stance ? labels.stance(statement.stance) : 'No stance'} ·{' '}
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
    </>
  )
}

/** What a screen reader says for a statement's item: the actor and the statement's words. */
export const statementItemName = (statement: WorkspaceStatement, labels: WorkspaceLabels) =>
  `${labels.actor(statement.actorId).name}: ${statement.passage.text}`
