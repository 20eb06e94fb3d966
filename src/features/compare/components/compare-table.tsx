import type { ReactNode } from 'react'
import { actorNames } from '../../../lib/actor-names'
import { Flag } from '../../../components/flag'
import { TermText } from '../../../components/term-text'
import { countOf } from '../../../lib/format'
import { basedOnNote, stanceSummaryLabel } from '../../../lib/codebook/stance-label'
import { LazySourceAccounts } from '../../../components/lazy-source-accounts'
import { StanceBadge } from '../../../components/stance-badge'
import { StatementMeta } from '../../../components/statement-meta'
import { StatementText } from '../../../components/statement-text'
import { positionLabel, type CodebookLabels } from '../../../lib/labels'
import type { Actor } from '../../../lib/schemas/actor'
import { dimensionIds } from '../../../lib/vocabulary'
import type { StanceSummary } from '../../../lib/schemas/stance-summary'
import type { Statement } from '../../../lib/schemas/statement'
import { buildComparison, type Derivation, type PositionValue } from '../comparison'

export type CompareTableProps = {
  compare: readonly string[]
  actors: readonly Actor[]
  stances: readonly StanceSummary[]
  statements: readonly Statement[]
  labels: CodebookLabels
}
/** The statements that carry a stance; for a party, which has none, its first two. */
const keyStatements = (list: readonly Statement[]) => {
  const withStance = list.filter((statement) => statement.stance !== null)
  return withStance.length > 0 ? withStance : list.slice(0, 2)
}

const statementCount = (count: number) => countOf(count, 'statement')

/** The rule's step in words, with the number of statements it rests on. */
function derivationText({ kind, basedOn }: Derivation): string {
  switch (kind) {
    case 'decisive':
      return `Decisive: stated explicitly, based on ${statementCount(basedOn)}`
    case 'median':
      return `Median, based on ${statementCount(basedOn)}`
    case 'most-frequent':
      return `Most frequent, based on ${statementCount(basedOn)}`
    case 'weighed':
      return `Weighed across its sources (see what each reports), based on ${statementCount(basedOn)}`
    case 'mixed':
      return `Mixed: no single central stance, based on ${statementCount(basedOn)}`
    case 'party':
      return 'Not derived: a party to the conflict'
    case 'none':
      return 'Not derived: no statement expresses a stance'
  }
}

function Agreement({ same }: { same: boolean }) {
  return (
    <span className="agreement-mark" data-same={same}>
      {same ? '= Same' : '≠ Differs'}
    </span>
  )
}

/**
 * One row of the table: what is compared and whether the actors agree on it, then a cell for each
 * actor, with the data attributes `data` gives it.
 */
function ComparedRow<T>({
  heading,
  same,
  values,
  actorIds,
  cell,
  data,
}: {
  heading: ReactNode
  same: boolean
  values: readonly T[]
  actorIds: readonly string[]
  cell: (value: T, index: number) => ReactNode
  data?: (value: T) => Record<`data-${string}`, string>
}) {
  return (
    <tr data-same={same}>
      <th scope="row">
        {heading} <Agreement same={same} />
      </th>
      {values.map((value, index) => (
        <td key={actorIds[index]} {...data?.(value)}>
          {cell(value, index)}
        </td>
      ))}
    </tr>
  )
}

/** Two to four actors in aligned columns: stance, each dimension, addressees, key statements. */
export function CompareTable({ compare, actors, stances, statements, labels }: CompareTableProps) {
  const actorName = actorNames(actors)
  const name = (id: string) => (id === 'all-sides' ? 'All sides' : actorName(id))
  const comparison = buildComparison(compare, actors, stances, statements, dimensionIds)
  const actorIds = comparison.actors.map((actor) => actor.id)
  const positionText = (value: PositionValue, dimension: (typeof dimensionIds)[number]) =>
    value.value === 'none'
      ? 'Did not take it'
      : value.value === 'opposes'
        ? 'Said the opposite'
        : `Took it${dimension === 'backs-party' && value.parties.length ? `: ${positionLabel({ dimension, value: 'takes', parties: value.parties }, labels, name)}` : ''}`
  return (
    <div className="table-scroll">
      <table className="compare-table">
        <caption className="visually-hidden">
          Positions of {comparison.actors.map((actor) => actor.name).join(', ')} side by side
        </caption>
        <thead>
          <tr>
            <th scope="col">Position</th>
            {comparison.actors.map((actor) => (
              <th key={actor.id} scope="col">
                <span className="compare-actor">
                  <Flag emblem={actor.emblem} size={24} />
                  {actor.name}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <ComparedRow
            heading="Stance"
            same={comparison.stance.same}
            values={comparison.stance.values}
            actorIds={actorIds}
            cell={(stance, index) => (
              <StanceBadge
                stance={stance}
                range={comparison.stance.summaries[index]?.range}
                label={(() => {
                  const summary = comparison.stance.summaries[index]
                  if (!summary) return 'No stance expressed'
                  const basedOn = basedOnNote(summary)
                  return `${stanceSummaryLabel(summary, labels)}${basedOn ? ` (${basedOn})` : ''}`
                })()}
              />
            )}
          />
          <ComparedRow
            heading="How the stance was derived"
            same={comparison.derivation.same}
            values={comparison.derivation.values}
            actorIds={actorIds}
            data={(value) => ({ 'data-derivation': value.kind })}
            cell={(value) => <TermText text={derivationText(value)} />}
          />
          {comparison.dimensions.map((row) => (
            <ComparedRow
              key={row.dimension}
              heading={labels.dimension(row.dimension)}
              same={row.same}
              values={row.values}
              actorIds={actorIds}
              data={(value) => ({ 'data-value': value.value })}
              cell={(value) => positionText(value, row.dimension)}
            />
          ))}
          <ComparedRow
            heading="Addressed"
            same={comparison.addressees.same}
            values={comparison.addressees.values}
            actorIds={actorIds}
            cell={(ids) => (ids.length ? ids.map(name).join(', ') : 'Not stated')}
          />
          {comparison.stance.summaries.some((summary) => summary?.accounts) && (
            <tr>
              <th scope="row">What each source reports</th>
              {comparison.stance.summaries.map((summary, index) => {
                const actor = comparison.actors[index]
                const list = comparison.statements[index] ?? []
                return (
                  <td key={actor?.id}>
                    {summary?.accounts ? (
                      <LazySourceAccounts
                        accounts={summary.accounts}
                        explanation={summary.explanation}
                        statements={list}
                        actorName={actor?.name ?? ''}
                        labels={labels}
                      />
                    ) : (
                      `Reported by ${countOf(new Set(list.map((statement) => statement.sourceId)).size, 'source')}`
                    )}
                  </td>
                )
              })}
            </tr>
          )}
          <tr>
            <th scope="row">Key statements</th>
            {comparison.statements.map((list, index) => (
              <td key={comparison.actors[index]?.id} className="compare-statements">
                {keyStatements(list).map((statement) => (
                  <div key={statement.id} className="compare-statement">
                    <StatementText statement={statement} lead />
                    <StatementMeta statement={statement} />
                  </div>
                ))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  )
}
