import { accountsDifference, sourceNames } from '../lib/codebook/account-words'
import { stanceSummaryLabel } from '../lib/codebook/stance-label'
import type { CodebookLabels } from '../lib/labels'
import { useSources } from '../lib/api/use-sources'
import type { StanceSummary } from '../lib/schemas/stance-summary'
import type { Statement } from '../lib/schemas/statement'
import { StanceBadge } from './stance-badge'
import { StatementText } from './statement-text'
import { countOf } from '../lib/format'

type Props = {
  /** A stance weighed across sources: it carries each source's account. */
  accounts: NonNullable<StanceSummary['accounts']>
  /** The rule's words for how the accounts were weighed. */
  explanation: string
  /** The actor's statements, among which each account's are found. */
  statements: readonly Statement[]
  actorName: string
  labels: CodebookLabels
}

/**
 * Each source's account of an actor side by side (the source, its words, the stance they give
 * and whether they quote the actor), where they differ, and how the rule weighed them.
 */
export function SourceAccounts({ accounts, explanation, statements, actorName, labels }: Props) {
  const names = sourceNames(
    accounts.map((account) => account.sourceId),
    useSources(),
  )
  return (
    <section className="source-accounts" aria-label={`What each source reports of ${actorName}`}>
      <p className="source-accounts-title">Reported by {countOf(accounts.length, 'source')}</p>
      <ul className="source-accounts-list">
        {accounts.map((account, at) => (
          <li key={account.sourceId} data-decides={account.decides}>
            <p className="account-source">{names[at]}</p>
            <StanceBadge
              stance={account.stance}
              range={account.range}
              label={stanceSummaryLabel(account, labels)}
            />
            <p className="account-voice">
              {account.quoted ? 'Quotes its own words' : 'Only the reporter’s words'}
              {account.decides ? '' : ' · outweighed'}
            </p>
            {statements
              .filter((statement) => account.statementIds.includes(statement.id))
              .map((statement) => (
                <StatementText key={statement.id} statement={statement} />
              ))}
          </li>
        ))}
      </ul>
      <p className="accounts-difference">{accountsDifference(accounts, names, labels)}</p>
      <p className="accounts-rule">{explanation}</p>
    </section>
  )
}
