import { Term } from '../../../components/term'
import { TermText } from '../../../components/term-text'
import { explanationInWords } from '../../../lib/codebook/stance-label'
import { formatCount } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import type { StanceSummary } from '../../../lib/schemas/stance-summary'
import type { Statement } from '../../../lib/schemas/statement'

const carry = (n: number) => (n === 1 ? 'carries' : 'carry')

/** "2 of its 3 statements", "its 2 statements", "its one statement". */
const partOf = (n: number, total: number) =>
  total > n
    ? `${formatCount(n)} of its ${formatCount(total)} statements`
    : n === 1
      ? 'its one statement'
      : `its ${formatCount(n)} statements`

/**
 * What a card's stance rests on, beside "Show all N statements": how many of the actor's
 * statements decide it, and which of the others carry a stance and which carry none.
 */
export function StanceBasis({
  summary,
  statements,
  labels,
}: {
  summary: StanceSummary
  statements: readonly Statement[]
  labels: CodebookLabels
}) {
  if (summary.status === 'party') return null
  const total = statements.length
  const withStance = statements.filter((statement) => statement.stance !== null).length
  const without = total - withStance
  const n = summary.basedOn
  const part = partOf(n, total)
  const others = withStance - n
  const rest = (
    summary.status === 'none'
      ? []
      : [
          others > 0 &&
            `${formatCount(others)} more ${carry(others)} a stance that does not change it`,
          without > 0 &&
            (without !== total - n
              ? `${formatCount(without)} ${carry(without)} no stance`
              : without === 1
                ? 'the other carries no stance'
                : `the other ${formatCount(without)} carry no stance`),
        ]
  )
    .filter(Boolean)
    .map((text) => `; ${String(text)}`)
    .join('')
  const stance = <Term id="stance">stance</Term>
  const explicitly = <Term id="explicit">explicitly</Term>
  return (
    <p className="stance-based-on">
      {summary.status === 'none' ? (
        <>
          None of {partOf(total, total)} carries a {stance} toward {labels.terms.action}
        </>
      ) : summary.status === 'mixed' ? (
        <>
          <Term id="mixed">Mixed</Term>: {part}{' '}
          {summary.basis === 'decisive' ? (
            <>state a stance {explicitly}, and they disagree</>
          ) : summary.basis === 'weighed' ? (
            <>carry a {stance}, and its sources report it differently</>
          ) : (
            <>carry a {stance}, with no single stance in the middle</>
          )}
        </>
      ) : summary.basis === 'decisive' ? (
        <>
          <Term id="decisive">Decisive</Term>: {part} {n === 1 ? 'states' : 'state'} it {explicitly}
        </>
      ) : n > 1 ? (
        <>
          {summary.basis === 'most-frequent' ? (
            <Term id="most-frequent">Most frequent</Term>
          ) : (
            <Term id="median">Median</Term>
          )}{' '}
          of {part}, those that carry a {stance}
        </>
      ) : (
        <>
          <Term id="based-on">Based on</Term> {part}
          {total > 1 && <>, the only one that carries a {stance}</>}
        </>
      )}
      {rest}.
    </p>
  )
}

/** The rule's own explanation, its stances and the glossary's words in the reader's words. */
export function Derivation({
  summary,
  labels,
}: {
  summary: StanceSummary
  labels: CodebookLabels
}) {
  return (
    <p className="derivation">
      <strong>How the stance is derived:</strong>{' '}
      <TermText text={explanationInWords(summary.explanation, labels)} />
    </p>
  )
}
