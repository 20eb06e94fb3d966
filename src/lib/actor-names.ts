import type { Actor } from './schemas/actor'

/**
 * Looks an actor's name up by id: the full name, or the short one that charts and headers use.
 * An id the list does not hold reads as itself, so nothing shows blank.
 */
export function actorNames(
  actors: readonly Actor[],
  form: 'name' | 'shortName' = 'name',
): (id: string) => string {
  const names = new Map(actors.map((actor) => [actor.id, actor[form]]))
  return (id) => names.get(id) ?? id
}
