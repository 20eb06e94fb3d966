import { positionLabel, type CodebookLabels } from '../../../lib/labels'
import type { Statement } from '../../../lib/schemas/statement'

/** “Coded as: Urges Azerbaijan to halt · End to the fighting”, in the statement's own event's words. */
export function StatementCoding({
  statement,
  labels,
  actorName,
}: {
  statement: Statement
  labels: CodebookLabels
  actorName: (id: string) => string
}) {
  return (
    <p className="statement-coding">
      <span>
        Coded as:{' '}
        {statement.stance
          ? labels.stance(statement.stance)
          : `no stance toward ${labels.terms.action}`}
      </span>
      {statement.positions.length > 0 &&
        ` · ${statement.positions
          .map((position) =>
            positionLabel(
              { ...position, parties: position.party ? [position.party] : [] },
              labels,
              actorName,
            ),
          )
          .join(', ')}`}
    </p>
  )
}
