import { PanelSkeleton } from '../../components/panel-state'
import { ActiveFilters } from '../../features/filters/components/active-filters'
import { ResultsPanel as ActorCards } from '../../features/reactions/components/results-panel'
import { withLinkedStatement } from '../../lib/statements/apply-filters'
import { activeFilterCount, clearFilters } from '../../lib/url-state/filter-state'
import { pageLink } from '../page-nav'
import { QueryPanel } from '../query-panel'
import { citeContextOf } from '../source-line'
import { useView } from '../view-context'
import { ViewActions } from '../view-actions'
import { StancesUnavailable } from './stances-unavailable'

/**
 * The actor cards as filtered, with the active filters and what can be done with the view. When
 * the derived stances fail, the cards show without them, below the one message that says so.
 */
export function ResultsPanel() {
  const view = useView()
  const { queries, data, labels, groups, results, cards, filters, setFilters, setView } = view
  const { actors, stances, statements, codebook, sources, meta } = queries
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
              <ActorCards
                data={shown}
                results={
                  data && results ? withLinkedStatement(data, results, view.view.statement) : cards
                }
                linkedStatement={view.view.statement}
                labels={labels}
                filtered={activeFilterCount(filters) > 0}
                onClearFilters={() => setFilters(clearFilters(filters))}
                compare={view.view.compare}
                onCompareChange={data ? (compare) => setView({ ...view.view, compare }) : null}
                citeContext={citeContextOf(sources.data?.[0], meta.data)}
                methodLink={pageLink(view, 'method', '#derivation')}
                search={filters.q}
              />
            </>
          )
        )
      }}
    </QueryPanel>
  )
}
