import { useEffect, useMemo, useState } from 'react'
import type { EventIndexer } from '../lib/engine/event-summaries'

type Loaded = { version: string; derive: EventIndexer }

/**
 * The rule of a codebook version, loaded the first time a view needs it (one event of several):
 * `ready` is false while it loads, so that no card shows a stance derived across events in the
 * meantime. With no version asked for, it is ready with no rule.
 */
export function useEventRule(codebookVersion: string | null): {
  ready: boolean
  derive: EventIndexer | null
} {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    if (codebookVersion === null || loaded?.version === codebookVersion) return
    let current = true
    void import('../lib/codebook/rule-of').then(({ eventIndexerOf }) => {
      if (current) setLoaded({ version: codebookVersion, derive: eventIndexerOf(codebookVersion) })
    })
    return () => {
      current = false
    }
  }, [codebookVersion, loaded])
  // The same object while nothing changes: the page's data, and its index, are built from it.
  return useMemo(() => {
    if (codebookVersion === null) return { ready: true, derive: null }
    return loaded?.version === codebookVersion
      ? { ready: true, derive: loaded.derive }
      : { ready: false, derive: null }
  }, [codebookVersion, loaded])
}
