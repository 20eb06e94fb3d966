import type { Actor } from '../../lib/schemas/actor'
import type { Codebook } from '../../lib/schemas/codebook'
import type { StanceSummary } from '../../lib/schemas/stance-summary'

export type ActorWithStance = { actor: Actor; summary: StanceSummary; stanceLabel: string }

const statusLabels: Record<Exclude<StanceSummary['status'], 'derived'>, string> = {
  party: 'Not placed on the scale',
  none: 'No stance expressed',
}

/** Pairs each actor with its derived stance and the codebook's label, in the actors' order. */
export function joinActorStances(
  actors: readonly Actor[],
  summaries: readonly StanceSummary[],
  codebook: Codebook,
): { reacting: ActorWithStance[]; parties: ActorWithStance[] } {
  const summaryByActor = new Map(summaries.map((summary) => [summary.actorId, summary]))
  const labelByStance = new Map(codebook.stances.map((stance) => [stance.id, stance.label]))
  const rows = [...actors]
    .sort((a, b) => a.order - b.order)
    .flatMap((actor) => {
      const summary = summaryByActor.get(actor.id)
      if (!summary) return []
      const stanceLabel =
        summary.status === 'derived' && summary.stance
          ? (labelByStance.get(summary.stance) ?? summary.stance)
          : statusLabels[summary.status === 'derived' ? 'none' : summary.status]
      return [{ actor, summary, stanceLabel }]
    })
  return {
    reacting: rows.filter((row) => !row.actor.isParty),
    parties: rows.filter((row) => row.actor.isParty),
  }
}
