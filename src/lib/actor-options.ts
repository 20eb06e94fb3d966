import type { Actor } from './schemas/actor'
import type { Statement } from './schemas/statement'

/** An actor a picker offers: who it is, and how many statements it has in the view. */
export type ActorOption = Pick<Actor, 'id' | 'name' | 'shortName' | 'kind'> & {
  statements: number
}

/** The actors as options, each with how many of `statements` it made. */
export function actorOptions(
  actors: readonly Actor[],
  statements: readonly Pick<Statement, 'actorId'>[],
): ActorOption[] {
  const counts = new Map<string, number>()
  for (const { actorId } of statements) counts.set(actorId, (counts.get(actorId) ?? 0) + 1)
  return actors.map(({ id, name, shortName, kind }) => ({
    id,
    name,
    shortName,
    kind,
    statements: counts.get(id) ?? 0,
  }))
}
