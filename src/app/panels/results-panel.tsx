import { lazy, memo, Suspense } from 'react'
import { PanelSkeleton } from '../../components/panel-state'
import { ActiveFilters } from '../../features/filters/components/active-filters'
import { ActorCards } from '../../features/reactions/components/actor-cards'
import { withLinkedStatement } from '../../lib/engine/dataset-view'
import { activeFilterCount } from '../../lib/url-state/filter-state'
import type { ViewState } from '../../lib/url-state/view-state'
import { useSharedView } from '../../lib/view/shared-view'
import { pageLink } from '../page-nav'
import { QueryPanel } from '../query-panel'
import { ViewScope } from '../shared-view-of'
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
  return <Results model={useDeferredView()} />
}

const Results = memo(function Results({ model }: { model: ViewModel }) {
  const { queries, data, labels, groups, results, cards, filters, view, searchNames } = model
  const { actors, stances, statements, codebook, sources, meta, events } = queries
  return (
    <QueryPanel
      queries={[actors, statements, codebook]}
      optional={[stances]}
      title="The actors could not be loaded."
      skeleton={<PanelSkeleton rows={8} label="Loading the actors and their stances" />}
    >
      {() =>
        (data ?? model.withoutStances) &&
        labels &&
        groups &&
        cards && (
          <ViewScope model={model}>
            {model.stancesFailed && <StancesUnavailable stances={stances} />}
            <ActiveFilters groups={groups} />
            {results && <ViewActions results={results} />}
            <LayoutSwitch />
            {searchNames && <searchNames.SearchNotes results={cards} />}
            {view.layout === 'table' ? (
              <Suspense fallback={<PanelSkeleton rows={8} label="Loading the table" />}>
                <StatementsTableView results={cards} />
              </Suspense>
            ) : (
              <ActorCards
                results={
                  data && results ? withLinkedStatement(data, results, view.statement) : cards
                }
                filtered={activeFilterCount(filters) > 0}
                comparable={data !== null}
                links={{
                  cite: citeContextOf(sources.data, meta.data, {
                    events: events.data ?? [],
                    event: model.event,
                  }),
                  method: pageLink(model, 'method', '#derivation'),
                }}
                matched={searchNames}
                busy={statements.isFetching}
              />
            )}
          </ViewScope>
        )
      }
    </QueryPanel>
  )
})

/** Cards or a table: two buttons, the one pressed saying which is shown. */
function LayoutSwitch() {
  const { view, setView } = useSharedView()
  const option = (layout: ViewState['layout'], label: string) => (
    <button
      type="button"
      aria-pressed={view.layout === layout}
      onClick={() => setView({ ...view, layout })}
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
