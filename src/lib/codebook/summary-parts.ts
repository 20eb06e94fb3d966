import { stanceIds, type StanceId } from '../vocabulary'
import type { Statement } from '../schemas/statement'
import type { StanceSummary } from '../schemas/stance-summary'

/** The parts of a stance summary that every version of the rule shares. */
export function summaryBase(actorId: string, own: readonly Statement[]) {
  const stanceCounts: Record<StanceId, number> = {
    supports: 0,
    'calls-on-all-sides': 0,
    'urges-halt': 0,
    condemns: 0,
  }
  for (const statement of own) {
    if (statement.stance) stanceCounts[statement.stance] += 1
  }
  return {
    actorId,
    stanceCounts,
    statementIds: own.map((statement) => statement.id),
    positions: summarisePositions(own),
  }
}

type SummaryBase = ReturnType<typeof summaryBase>

/**
 * What every version of the rule says of an actor it does not place: a party to the conflict, or
 * an actor none of whose statements expresses a stance.
 */
export function unplacedSummary(isParty: boolean, base: SummaryBase): StanceSummary {
  const unplaced = { ...base, stance: null, range: null, basis: null, basedOn: 0 }
  return isParty
    ? {
        ...unplaced,
        status: 'party',
        explanation: 'A party to the conflict: shown for context, not placed on the scale.',
      }
    : {
        ...unplaced,
        status: 'none',
        explanation: 'None of its statements takes a stance on the scale.',
      }
}

export const rankOf = (stance: StanceId) => stanceIds.indexOf(stance)

/** "2 × supports, 1 × calls-on-all-sides", in the scale's order. */
export function describeCounts(counts: Record<StanceId, number>): string {
  return stanceIds
    .filter((id) => counts[id] > 0)
    .map((id) => `${counts[id]} × ${id}`)
    .join(', ')
}

export const statementsWord = (count: number) => (count === 1 ? 'statement' : 'statements')

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
