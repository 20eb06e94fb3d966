import type { StanceId } from '../../lib/vocabulary'
import type { ActorResult } from '../../lib/statements/actor-results'

/**
 * The analyst's own records among what the charts show: the actors with a statement of theirs,
 * those statements, and the stances they take. Empty for the published dataset alone.
 */
export type YoursInView = {
  actors: ReadonlySet<string>
  statements: ReadonlySet<string>
  stances: ReadonlySet<StanceId>
}

export const noneYours: YoursInView = {
  actors: new Set(),
  statements: new Set(),
  stances: new Set(),
}

/** Which of the filtered actors and statements the analyst coded in their workspace. */
export function yoursInView(input: readonly ActorResult[]): YoursInView {
  const actors = new Set<string>()
  const statements = new Set<string>()
  const stances = new Set<StanceId>()
  for (const row of input)
    for (const statement of row.statements) {
      if (!statement.yours) continue
      actors.add(row.actor.id)
      statements.add(statement.id)
      if (statement.stance) stances.add(statement.stance)
    }
  if (statements.size === 0) return noneYours
  return { actors, statements, stances }
}

/** Why a chart marks something "Yours", said under it and in its downloads. */
export const yoursMeaning = 'coded by you in your workspace, not part of the published dataset'

/**
 * The chart's line naming the analyst's actors among those it shows (`shown`, in its order), or
 * null when it shows none of theirs.
 */
export function yoursLine(
  shown: Iterable<string>,
  yours: YoursInView,
  name: (actorId: string) => string,
): string | null {
  const names = [...new Set(shown)].filter((id) => yours.actors.has(id)).map(name)
  return names.length === 0 ? null : `${names.join(', ')}: ${yoursMeaning}.`
}
