import { formatStatementDay } from '../lib/format'
import { channelLabels } from '../lib/labels'
import type { Statement } from '../lib/schemas/statement'

export function StatementMeta({ statement }: { statement: Statement }) {
  const who = [statement.speaker, statement.office].filter(Boolean).join(', ')
  return (
    <dl className="statement-meta">
      {who && (
        <div>
          <dt>Speaker</dt>
          <dd>{who}</dd>
        </div>
      )}
      <div>
        <dt>Date</dt>
        <dd>
          {formatStatementDay(statement.date)}
          {statement.date.asWritten ? ` (“${statement.date.asWritten}”)` : ' (no day given)'}
        </dd>
      </div>
      <div>
        <dt>Channel</dt>
        <dd>{channelLabels[statement.channel]}</dd>
      </div>
    </dl>
  )
}
