import type { Actor } from '../schemas/actor'
import { stanceIds, type StanceId } from '../schemas/codebook'
import type { Statement } from '../schemas/statement'
import type { StanceSummary } from '../schemas/stance-summary'

export const derivationRule =
  "An actor's overall stance is the stance its statements express most often. Statements that express no stance toward the operation do not count. A tie goes to the stance further along the scale toward condemnation, since a sharper statement is the more telling one. Parties to the conflict are not placed on the scale."

const rankOf = (stance: StanceId) => stanceIds.indexOf(stance)

/** Applies the codebook's derivation rule to one actor's statements. */
export function deriveStanceSummary(actor: Actor, statements: readonly Statement[]): StanceSummary {
  const own = statements.filter((statement) => statement.actorId === actor.id)
  const stanceCounts: Record<StanceId, number> = {
    supports: 0,
    'calls-on-all-sides': 0,
    'urges-halt': 0,
    condemns: 0,
  }
  for (const statement of own) {
    if (statement.stance) stanceCounts[statement.stance] += 1
  }
  const summary = {
    actorId: actor.id,
    stanceCounts,
    statementIds: own.map((statement) => statement.id),
    positions: summarisePositions(own),
  }
  if (actor.isParty) {
    return {
      ...summary,
      status: 'party',
      stance: null,
      explanation: 'A party to the conflict: shown for context, not placed on the scale.',
    }
  }
  const ranked = stanceIds
    .filter((id) => stanceCounts[id] > 0)
    .sort((a, b) => stanceCounts[b] - stanceCounts[a] || rankOf(b) - rankOf(a))
  const stance = ranked[0]
  if (!stance) {
    return {
      ...summary,
      status: 'none',
      stance: null,
      explanation: 'None of its statements expresses a stance toward the operation.',
    }
  }
  const counted = ranked.reduce((total, id) => total + stanceCounts[id], 0)
  return {
    ...summary,
    status: 'derived',
    stance,
    explanation:
      counted === 1
        ? 'Derived from its one statement that expresses a stance.'
        : `Derived from ${counted} statements that express a stance: ${ranked.map((id) => `${stanceCounts[id]} × ${id}`).join(', ')}.`,
  }
}

function summarisePositions(statements: readonly Statement[]): StanceSummary['positions'] {
  const byKey = new Map<string, StanceSummary['positions'][number]>()
  for (const { positions } of statements) {
    for (const position of positions) {
      const key = `${position.dimension}:${position.value}`
      const entry = byKey.get(key) ?? {
        dimension: position.dimension,
        value: position.value,
        parties: [],
      }
      if (position.party && !entry.parties.includes(position.party))
        entry.parties.push(position.party)
      byKey.set(key, entry)
    }
  }
  return [...byKey.values()]
}
