import { useMemo } from 'react'
import { ActorComparison } from '../../features/compare/components/actor-comparison'
import { showData } from '../../lib/engine/dataset-view'
import { emptyFilterState } from '../../lib/url-state/filter-state'
import { useView } from '../view-context'

/**
 * The actors chosen for comparison, side by side; nothing until the data is in. A `readOnly` one
 * (in an embed) offers no way to change the choice. One event of several compares the stances
 * taken on that event.
 */
export function ComparePanel({ readOnly = false }: { readOnly?: boolean }) {
  const { data, labels, event } = useView()
  const stances = useMemo(
    () =>
      data?.forEvent
        ? showData(data, { ...emptyFilterState, event }).results.map((result) => result.summary)
        : (data?.stances ?? null),
    [data, event],
  )
  if (!data || !labels || !stances) return null
  return <ActorComparison stances={stances} readOnly={readOnly} />
}
