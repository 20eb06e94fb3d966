import { useMemo } from 'react'
import { actorNames } from '../../../lib/actor-names'
import { labelsBySource } from '../../../lib/labels'
import type { CardResult } from '../../../lib/statements/actor-results'
import { useLabels, useSharedView } from '../../../lib/view/shared-view'
import { eventTitleBySource, statementRows } from '../rows'
import { StatementsTable } from './statements-table'

/** The table of the filtered statements, its rows built once per change of the results. */
export function StatementsTableView({ results }: { results: readonly CardResult[] }) {
  const { actors, events } = useSharedView()
  const labels = useLabels()
  const rows = useMemo(
    () =>
      statementRows(
        results,
        eventTitleBySource(events),
        labelsBySource(labels, events),
        actorNames(actors),
        labels,
      ),
    [results, events, labels, actors],
  )
  return <StatementsTable rows={rows} />
}
