import type { ReactNode } from 'react'
import { formatStatementDate } from '../lib/format'
import { channelLabels } from '../lib/labels'
import type { Statement } from '../lib/schemas/statement'

/** `mark` may only wrap parts of the speaker's name and office (a search's matches). */
export function StatementMeta({
  statement,
  mark = (text) => text,
}: {
  statement: Statement
  mark?: (text: string) => ReactNode
}) {
  const who = [statement.speaker, statement.office].filter(Boolean).join(', ')
  return (
    <dl className="statement-meta">
      {who && (
        <div>
          <dt>Speaker</dt>
          <dd>{mark(who)}</dd>
        </div>
      )}
      <div>
        <dt>Date</dt>
        <dd>{formatStatementDate(statement.date)}</dd>
      </div>
      <div>
        <dt>Channel</dt>
        <dd>{channelLabels[statement.channel]}</dd>
      </div>
    </dl>
  )
}
