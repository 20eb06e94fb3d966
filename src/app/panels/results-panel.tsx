import { lazy, memo, Suspense } from 'react'
import { PanelSkeleton } from '../../components/panel-state'
import { ActiveFilters } from '../../features/filters/components/active-filters'
import { ResultsPanel as ActorCards } from '../../features/reactions/components/results-panel'
import { withLinkedStatement } from '../../lib/engine/dataset-view'
import { activeFilterCount, allEvents, clearFilters } from '../../lib/url-state/filter-state'
import type { ViewState } from '../../lib/url-state/view-state'
import { pageLink } from '../page-nav'
import { QueryPanel } from '../query-panel'
import { citeContextOf } from '../source-line'
import { useDeferredView, type ViewModel } from '../view-context'
import { ViewActions } from '../view-actions'
import { StancesUnavailable } from './stances-unavailable'

// The table is chosen by the reader (`layout=table`): its code loads only then.
const StatementsTableView = lazy(() =>
  import('../../features/statements-table/components/statements-table-view').then((module) => ({
    default: module.StatementsTableView,
  })),
)

/**
 * The statements as filtered, as actor cards or as a table of statements, with the active filters
 * and what can be done with the view. When the derived stances fail, the cards show without them,
 * below the one message that says so.
 */
export function ResultsPanel() {
  return <Results view={useDeferredView()} />
}

const Results = memo(function Results({ view }: { view: ViewModel }) {
  const { queries, data, labels, groups, results, cards, filters, setFilters, setView } = view
  const { actors, stances, statements, codebook, sources, meta, events } = queries
  const layout = view.view.layout
  return (
    <QueryPanel
      queries={[actors, statements, codebook]}
      optional={[stances]}
      title="The actors could not be loaded."
      skeleton={<PanelSkeleton rows={8} label="Loading the actors and their stances" />}
    >
      {() => {
        const shown = data ?? view.withoutStances
        return (
          shown &&
          labels &&
          groups &&
          cards && (
            <>
              {view.stancesFailed && <StancesUnavailable stances={stances} />}
              <ActiveFilters state={filters} groups={groups} onChange={setFilters} />
              {results && <ViewActions results={results} />}
              <LayoutSwitch view={view.view} onChange={setView} />
              {layout === 'table' ? (
                <Suspense fallback={<PanelSkeleton rows={8} label="Loading the table" />}>
                  <StatementsTableView
                    results={cards}
                    actors={shown.actors}
                    events={events.data ?? []}
                    labels={labels}
                    search={filters.q}
                    sort={view.view.sort}
                    columns={view.view.columns}
                    onSortChange={(sort) => setView({ ...view.view, sort }, { replace: true })}
                    onColumnsChange={(columns) =>
                      setView({ ...view.view, columns }, { replace: true })
                    }
                    onOpen={(statement) => setView({ ...view.view, layout: 'cards', statement })}
                    linkedStatement={view.view.statement}
                  />
                </Suspense>
              ) : (
                <ActorCards
                  data={shown}
                  results={
                    data && results
                      ? withLinkedStatement(data, results, view.view.statement)
                      : cards
                  }
                  linkedStatement={view.view.statement}
                  labels={labels}
                  // One event of several narrows the cards as a filter does.
                  filtered={
                    activeFilterCount(filters) > 0 ||
                    (view.event !== allEvents && (view.events?.length ?? 0) > 1)
                  }
                  onClearFilters={() => setFilters(clearFilters(filters))}
                  compare={view.view.compare}
                  onCompareChange={data ? (compare) => setView({ ...view.view, compare }) : null}
                  citeContext={citeContextOf(sources.data, meta.data)}
                  methodLink={pageLink(view, 'method', '#derivation')}
                  search={filters.q}
                  events={events.data ?? []}
                  busy={statements.isFetching}
                />
              )}
            </>
          )
        )
      }}
    </QueryPanel>
  )
})

/** Cards or a table: two buttons, the one pressed saying which is shown. */
function LayoutSwitch({
  view,
  onChange,
}: {
  view: ViewState
  onChange: (view: ViewState) => void
}) {
  const option = (layout: ViewState['layout'], label: string) => (
    <button
      type="button"
      aria-pressed={view.layout === layout}
      onClick={() => onChange({ ...view, layout })}
    >
      {label}
    </button>
  )
  return (
    <div className="layout-switch" role="group" aria-label="Show the statements as">
      {option('cards', 'Cards')}
      {option('table', 'Table')}
    </div>
  )
}
