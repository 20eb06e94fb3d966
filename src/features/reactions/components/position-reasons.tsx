import { Term } from '../../../components/term'
import { Tip } from '../../../components/tip'
import { ended } from '../../../lib/codebook/passage-words'
import { positionLabel, type CodebookLabels } from '../../../lib/labels'
import type { StanceSummary } from '../../../lib/schemas/stance-summary'
import type { Statement } from '../../../lib/schemas/statement'

type Position = StanceSummary['positions'][number]

type Props = {
  positions: readonly Position[]
  /** Every statement of the actor: the ones a position comes from are found among them. */
  statements: readonly Statement[]
  labels: CodebookLabels
  actorName: (id: string) => string
}

/** The statements that take a position: for backing a party, those that back one it names. */
function sourcesOf(position: Position, statements: readonly Statement[]) {
  return statements.filter((statement) =>
    statement.positions.some(
      (own) =>
        own.dimension === position.dimension &&
        own.value === position.value &&
        (own.party === null || position.parties.includes(own.party)),
    ),
  )
}

/**
 * Why a position is coded: each statement it comes from, in the source's words exactly as
 * printed, and the coder's reason. Nothing here is reworded.
 */
function Reason({ sources }: { sources: readonly Statement[] }) {
  return sources.map((statement) => (
    <span key={statement.id} className="position-reason">
      From the statement {ended(`“${statement.passage.text}”`)} Why: {statement.rationale}
    </span>
  ))
}

/** The positions an actor's statements take, each with its reason on hover, focus or press. */
export function PositionList({ positions, statements, labels, actorName }: Props) {
  return (
    <ul className="position-list" aria-label="Positions taken">
      {positions.map((position) => (
        <li key={`${position.dimension}-${position.value}`}>
          <Tip label={positionLabel(position, labels, actorName)}>
            <Reason sources={sourcesOf(position, statements)} />
          </Tip>
        </li>
      ))}
    </ul>
  )
}

/** The same reasons in the card's details, one position after another. */
export function PositionReasons({ positions, statements, labels, actorName }: Props) {
  return (
    <div className="position-reasons">
      <p>
        <strong>
          Why each <Term id="position">position</Term>:
        </strong>
      </p>
      <dl>
        {positions.map((position) => (
          <div key={`${position.dimension}-${position.value}`}>
            <dt>{positionLabel(position, labels, actorName)}</dt>
            <dd>
              <Reason sources={sourcesOf(position, statements)} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
