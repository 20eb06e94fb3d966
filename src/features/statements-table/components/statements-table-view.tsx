import { useMemo } from 'react'
import { actorNames } from '../../../lib/actor-names'
import type { ActorStatements } from '../../../lib/statements/apply-filters'
import { useLabels, useSharedView } from '../../../lib/view/shared-view'
import { eventTitleBySource, statementRows } from '../rows'
import { StatementsTable } from './statements-table'

/**
 * The table of the filtered statements, its rows built once per change of the results; its sort
 * and columns are the view's, so a link keeps them.
 */
export function StatementsTableView({ results }: { results: readonly ActorStatements[] }) {
  const { actors, events, filters, view, setView } = useSharedView()
  const labels = useLabels()
  const rows = useMemo(
    () => statementRows(results, eventTitleBySource(events), labels, actorNames(actors)),
    [results, events, labels, actors],
  )
  return (
    <StatementsTable
      rows={rows}
      search={filters.q}
      sort={view.sort}
      columns={view.columns}
      onSortChange={(sort) => setView({ ...view, sort }, { replace: true })}
      onColumnsChange={(columns) => setView({ ...view, columns }, { replace: true })}
      onOpen={(statement) => setView({ ...view, layout: 'cards', statement })}
      linkedStatement={view.statement}
    />
  )
}
