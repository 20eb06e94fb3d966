import type { Actor } from '../../lib/schemas/actor'
import type { SourceSummary } from '../../lib/schemas/source'
import type { Statement } from '../../lib/schemas/statement'

/** One passage in which the reporter's own verb states the stance of one or more actors. */
export type VerbPassage = { text: string; actors: string[] }

export type SourceLimits = {
  /** The published sources, the analyst's own left out. */
  sources: SourceSummary[]
  /** How many outlets they come from. */
  outlets: number
  /** Actors the rule places on the scale, from the published statements. */
  placed: number
  /** Placed actors whose stance the reporter's own verb states (an explicit stance, decisive). */
  byVerb: string[]
  /** Of those, the actors the source never quotes: the verb is all there is. */
  verbOnly: string[]
  passages: VerbPassage[]
}

/**
 * What the published record rests on, counted from its own statements: how many sources and
 * outlets, and for how many actors the reporter's verb states the stance. Nothing about an
 * outlet is assumed beyond what its source record says.
 */
export function sourceLimits(
  sources: readonly SourceSummary[],
  actors: readonly Actor[],
  statements: readonly Statement[],
): SourceLimits {
  const published = statements.filter((statement) => !statement.yours)
  const reacting = actors.filter((actor) => !actor.isParty)
  const ownOf = (actor: Actor) => published.filter((statement) => statement.actorId === actor.id)
  const placedActors = reacting.filter((actor) =>
    ownOf(actor).some((statement) => statement.stance !== null),
  )
  const byVerb = placedActors.filter((actor) =>
    ownOf(actor).some((statement) => statement.stance !== null && statement.explicitStance),
  )
  const verbOnly = byVerb.filter((actor) =>
    ownOf(actor).every((statement) => statement.textKind !== 'quote'),
  )
  const passages = new Map<string, string[]>()
  for (const actor of byVerb) {
    for (const statement of ownOf(actor)) {
      if (statement.stance === null || !statement.explicitStance) continue
      const named = passages.get(statement.passage.text) ?? []
      passages.set(statement.passage.text, [...named, actor.name])
    }
  }
  const publishedSources = sources.filter((source) => !source.yours)
  return {
    sources: publishedSources,
    outlets: new Set(publishedSources.map((source) => source.outlet)).size,
    placed: placedActors.length,
    byVerb: byVerb.map((actor) => actor.name),
    verbOnly: verbOnly.map((actor) => actor.name),
    passages: [...passages].map(([text, named]) => ({ text, actors: named })),
  }
}

/** "France", "France and Germany", "the European Union, France and Germany". */
export function listed(names: readonly string[]): string {
  if (names.length < 2) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
