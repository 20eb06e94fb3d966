import { LazySourceAccounts } from '../../../components/lazy-source-accounts'
import type { CodebookLabels } from '../../../lib/labels'
import type { StanceSummary } from '../../../lib/schemas/stance-summary'
import type { Statement } from '../../../lib/schemas/statement'
import { evidenceVoice } from '../evidence'

/**
 * Under a card's stance, after which statements it rests on: in how many sources, in whose words,
 * and, where more than one source reports it, each source's account beside the others.
 */
export function CardEvidence({
  summary,
  statements,
  actorName,
  labels,
}: {
  summary: StanceSummary
  statements: readonly Statement[]
  actorName: string
  labels: CodebookLabels
}) {
  const line = evidenceVoice(summary, statements)
  return (
    <>
      {line && <p className="stance-based-on">{line}</p>}
      {summary.accounts && (
        <LazySourceAccounts
          accounts={summary.accounts}
          explanation={summary.explanation}
          statements={statements}
          actorName={actorName}
          labels={labels}
        />
      )}
    </>
  )
}
