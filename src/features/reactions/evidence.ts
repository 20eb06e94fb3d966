import { countOf, formatCount } from '../../lib/format'
import type { StanceSummary } from '../../lib/schemas/stance-summary'
import type { Statement } from '../../lib/schemas/statement'

function evidenceParts(
  summary: Pick<StanceSummary, 'status' | 'basis'>,
  statements: readonly Statement[],
): { which: string; rest: string } | null {
  if (summary.status !== 'derived' && summary.status !== 'mixed') return null
  const withStance = statements.filter((statement) => statement.stance !== null)
  const total = statements.length
  const stanced = withStance.length
  if (stanced === 0) return null
  const sources = new Set(withStance.map((statement) => statement.sourceId)).size
  const quoted = withStance.filter((statement) => statement.textKind === 'quote').length
  const explicit = withStance.filter((statement) => statement.explicitStance).length
  const reporters = sources === 1 ? 'the reporter’s words' : 'the reporters’ words'

  const which =
    total === stanced
      ? `Rests on ${countOf(stanced, 'statement')}`
      : `Rests on ${formatCount(stanced)} of its ${formatCount(total)} statements, ${stanced === 1 ? 'the one' : 'those'} with a stance,`
  const voice =
    quoted === 0
      ? `, ${stanced === 1 ? 'reported' : 'each reported'} in ${reporters}; no quotation of its own.`
      : quoted === stanced
        ? `, ${stanced === 1 ? 'quoting' : 'each quoting'} its own words.`
        : `; ${formatCount(quoted)} ${quoted === 1 ? 'quotes' : 'quote'} its own words, ${formatCount(stanced - quoted)} ${stanced - quoted === 1 ? 'is' : 'are'} in ${reporters} only.`
  const decides = summary.basis === 'decisive' && explicit < stanced ? ', which decides it' : ''
  const verb =
    explicit === 0
      ? ''
      : explicit === stanced
        ? ` The reporter’s verb states the stance${stanced === 1 ? '' : ' in each'}.`
        : ` The reporter’s verb states the stance in ${formatCount(explicit)} of them${decides}.`
  return { which, rest: `in ${countOf(sources, 'source')}${voice}${verb}` }
}

/**
 * What an actor's stance rests on, in words: how many statements carry a stance (of how many),
 * in how many sources, whether any quotes the actor or all are the reporter's words, and whether
 * the reporter's own verb states the stance. Null for an actor the rule does not place.
 */
export function evidenceLine(
  summary: Pick<StanceSummary, 'status' | 'basis'>,
  statements: readonly Statement[],
): string | null {
  const parts = evidenceParts(summary, statements)
  return parts && `${parts.which} ${parts.rest}`
}

/** The same without the count of statements, where the card says which statements count. */
export function evidenceVoice(
  summary: Pick<StanceSummary, 'status' | 'basis'>,
  statements: readonly Statement[],
): string | null {
  const parts = evidenceParts(summary, statements)
  return parts && `${parts.rest.charAt(0).toUpperCase()}${parts.rest.slice(1)}`
}
