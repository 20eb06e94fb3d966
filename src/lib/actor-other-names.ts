import { nameTable } from './engine/other-names'

let byActor: Map<string, string[]> | null = null

/**
 * The other names search knows each actor by (“Turkey” and “Ankara” for Türkiye, “Red Cross”),
 * for a picker's type-ahead; loaded with the gazetteer, the first time a picker is typed in. A
 * person is left out: a name stands for the actor only while they hold the office, and only in
 * the source that names them so, which a list of actors cannot say.
 */
export function otherNamesByActor(): ReadonlyMap<string, readonly string[]> {
  if (byActor) return byActor
  const built = new Map<string, string[]>()
  for (const { written, targets } of nameTable().values())
    for (const { actorId, reason } of targets)
      if (reason !== 'person') built.set(actorId, [...(built.get(actorId) ?? []), written])
  byActor = built
  return built
}
