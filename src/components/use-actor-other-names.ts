import { useEffect, useState } from 'react'

/**
 * The other names each actor is known by, for a picker's type-ahead: no part of the first paint,
 * they load the first time one is `wanted` (a name is typed), then stay. Null until they are in.
 */
export function useActorOtherNames(wanted: boolean): ReadonlyMap<string, readonly string[]> | null {
  const [names, setNames] = useState<ReadonlyMap<string, readonly string[]> | null>(null)
  useEffect(() => {
    if (wanted && !names)
      void import('../lib/actor-other-names').then((module) => setNames(module.otherNamesByActor()))
  }, [wanted, names])
  return names
}
