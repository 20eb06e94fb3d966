import { useEffect, useState } from 'react'

type SearchNames = typeof import('./search-names')

/**
 * Search that knows actors' other names, with the notes on what it matched: no part of the first
 * paint, they load the first time a search is `wanted`, then stay. Null until they are in.
 */
export function useOtherNames(wanted: boolean): SearchNames | null {
  const [names, setNames] = useState<SearchNames | null>(null)
  useEffect(() => {
    if (wanted) void import('./search-names').then(setNames)
  }, [wanted])
  return names
}
