import type { Actor } from '../../lib/schemas/actor'
import type { DimensionId, StanceId } from '../../lib/vocabulary'
import type { StanceSummary } from '../../lib/schemas/stance-summary'
import type { Statement } from '../../lib/schemas/statement'

/** How an actor's stance was derived: the step of the rule (or why none applied) and on how much. */
export type Derivation = {
  kind: 'decisive' | 'median' | 'most-frequent' | 'weighed' | 'mixed' | 'party' | 'none'
  basedOn: number
}

/**
 * A mixed result is its own kind, whichever of the three steps found it; a party or no stance has
 * no step.
 */
export function derivationOf(summary: StanceSummary | null): Derivation {
  if (!summary) return { kind: 'none', basedOn: 0 }
  // A weighing of sources says so, whether its accounts agreed or gave a mixed result.
  const kind =
    summary.basis === 'weighed'
      ? 'weighed'
      : summary.status === 'mixed' || summary.status === 'party' || summary.status === 'none'
        ? summary.status
        : (summary.basis ?? 'none')
  return { kind, basedOn: summary.basedOn }
}

export type PositionValue = { value: 'takes' | 'opposes' | 'none'; parties: string[] }

export type Comparison = {
  actors: Actor[]
  stance: { values: (StanceId | null)[]; summaries: (StanceSummary | null)[]; same: boolean }
  derivation: { values: Derivation[]; same: boolean }
  dimensions: { dimension: DimensionId; values: PositionValue[]; same: boolean }[]
  addressees: { values: string[][]; same: boolean }
  statements: Statement[][]
}

const sameAll = <T>(values: readonly T[], key: (value: T) => string) =>
  values.every((value) => key(value) === key(values[0] as T))

/** Lines the chosen actors up, dimension by dimension, and marks where they agree. */
export function buildComparison(
  actorIds: readonly string[],
  actors: readonly Actor[],
  stances: readonly StanceSummary[],
  statements: readonly Statement[],
  dimensions: readonly DimensionId[],
): Comparison {
  const chosen = actorIds.flatMap((id) => actors.filter((actor) => actor.id === id))
  const summaryOf = (id: string) => stances.find((summary) => summary.actorId === id)
  const own = chosen.map((actor) =>
    statements.filter((statement) => statement.actorId === actor.id),
  )
  const stanceSummaries = chosen.map((actor) => summaryOf(actor.id) ?? null)
  const stanceValues = stanceSummaries.map((summary) => summary?.stance ?? null)
  // Two mixed stances are the same only with the same range.
  const stanceKeys = stanceSummaries.map((summary) =>
    summary?.range ? `${summary.range.from}–${summary.range.to}` : (summary?.stance ?? null),
  )
  const derivations = stanceSummaries.map(derivationOf)
  const dimensionRows = dimensions.map((dimension) => {
    const values = chosen.map((actor): PositionValue => {
      const positions =
        summaryOf(actor.id)?.positions.filter((position) => position.dimension === dimension) ?? []
      const taken = positions.find((position) => position.value === 'takes')
      const opposed = positions.find((position) => position.value === 'opposes')
      if (taken) return { value: 'takes', parties: taken.parties }
      if (opposed) return { value: 'opposes', parties: opposed.parties }
      return { value: 'none', parties: [] }
    })
    return {
      dimension,
      values,
      same: sameAll(values, (value) => `${value.value}:${value.parties.join('+')}`),
    }
  })
  const addresseeValues = own.map((list) =>
    [...new Set(list.flatMap((statement) => statement.addressees))].sort(),
  )
  return {
    actors: chosen,
    stance: { values: stanceValues, summaries: stanceSummaries, same: sameAll(stanceKeys, String) },
    derivation: {
      values: derivations,
      same: sameAll(derivations, (value) => `${value.kind}:${value.basedOn}`),
    },
    dimensions: dimensionRows,
    addressees: {
      values: addresseeValues,
      same: sameAll(addresseeValues, (value) => value.join('+')),
    },
    statements: own,
  }
}
