import type { Actor } from '../schemas/actor'
import { stanceIds } from '../vocabulary'
import type { Statement } from '../schemas/statement'
import type { StanceSummary } from '../schemas/stance-summary'
import { rankOf, summaryBase, unplacedSummary } from './summary-parts'

/**
 * Codebook 1.0.0's rule, kept so dataset 2026-11-27.1 is served as published: the most frequent
 * stance, a tie going toward condemnation. Codebook 2.0.0 replaced it (see `derive-stance.ts`).
 */
export function deriveStanceSummaryV1(
  actor: Actor,
  statements: readonly Statement[],
): StanceSummary {
  const own = statements.filter((statement) => statement.actorId === actor.id)
  const base = summaryBase(actor.id, own)
  const { stanceCounts } = base
  const ranked = stanceIds
    .filter((id) => stanceCounts[id] > 0)
    .sort((a, b) => stanceCounts[b] - stanceCounts[a] || rankOf(b) - rankOf(a))
  const [stance] = ranked
  if (actor.isParty || !stance) return unplacedSummary(actor.isParty, base)
  const counted = ranked.reduce((total, id) => total + stanceCounts[id], 0)
  return {
    ...base,
    status: 'derived',
    stance,
    range: null,
    basis: 'most-frequent',
    basedOn: counted,
    explanation:
      counted === 1
        ? 'Derived from its one statement that expresses a stance.'
        : `Derived from ${counted} statements that express a stance: ${ranked.map((id) => `${stanceCounts[id]} × ${id}`).join(', ')}.`,
  }
}
