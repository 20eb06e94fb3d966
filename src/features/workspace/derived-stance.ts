import { deriveStanceSummary } from '../../lib/codebook/derive-stance'
import type { Actor } from '../../lib/schemas/actor'
import type { StanceSummary } from '../../lib/schemas/stance-summary'
import type { WorkspaceStatement } from '../../lib/workspace/records'

export type Counted = Pick<WorkspaceStatement, 'id' | 'actorId' | 'stance' | 'positions'> &
  Partial<Pick<WorkspaceStatement, 'explicitStance'>>

/**
 * The codebook's rule applied to the analyst's statements. The one place the workspace calls the
 * rule, so a change to the rule or to the statement's shape is met here alone. The rule reads an
 * actor's statements' stances and positions; the other fields are filled to satisfy its type.
 */
export function deriveWorkspaceStance(actor: Actor, statements: readonly Counted[]): StanceSummary {
  return deriveStanceSummary(
    actor,
    statements.map((statement) => ({
      ...statement,
      explicitStance: statement.explicitStance ?? false,
      sourceId: '',
      speaker: null,
      office: null,
      date: { earliest: '', latest: '', time: null, asWritten: null, basis: '' },
      channel: 'unspecified',
      textKind: 'paraphrase',
      passage: { start: 0, end: 1, text: ' ' },
      passages: [{ start: 0, end: 1, text: ' ' }],
      quotes: [],
      addressees: [],
      rationale: '',
    })),
  )
}
