import { SourceAccounts } from '../../../components/source-accounts'
import type { CodebookLabels } from '../../../lib/labels'
import type { StanceSummary } from '../../../lib/schemas/stance-summary'
import type { Statement } from '../../../lib/schemas/statement'
import { evidenceLine } from '../evidence'

/**
 * Under a card's stance: what it rests on, in words, and, where more than one source reports it,
 * each source's account beside the others.
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
  const line = evidenceLine(summary, statements)
  return (
    <>
      {line && <p className="stance-based-on">{line}</p>}
      {summary.accounts && (
        <SourceAccounts
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
