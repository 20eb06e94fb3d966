import { Term } from '../../../components/term'
import { positionLabel, type CodebookLabels } from '../../../lib/labels'
import type { Statement } from '../../../lib/schemas/statement'

/**
 * “Coded as: Urges Azerbaijan to halt · End to the fighting”, in the statement's own event's words,
 * and whether its stance is explicit or it carries none, so the card says which statements count.
 */
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
      {statement.stance && statement.explicitStance && (
        <>
          , stated <Term id="explicit">explicitly</Term>
        </>
      )}
      {!statement.stance && ', so it does not count toward the stance'}
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
