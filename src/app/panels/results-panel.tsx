import { PanelSkeleton } from '../../components/panel-state'
import { ActiveFilters } from '../../features/filters/components/active-filters'
import { ResultsPanel as ActorCards } from '../../features/reactions/components/results-panel'
import { withLinkedStatement } from '../../lib/statements/apply-filters'
import { activeFilterCount, emptyFilterState } from '../../lib/url-state/filter-state'
import { pageLink } from '../page-nav'
import { QueryPanel } from '../query-panel'
import { citeContextOf } from '../source-line'
import { useView } from '../view-context'
import { ViewActions } from '../view-actions'

/** The actor cards as filtered, with the active filters and what can be done with the view. */
export function ResultsPanel() {
  const view = useView()
  const { queries, data, labels, groups, results, filters, setFilters, setView } = view
  const { actors, stances, statements, codebook, sources, meta } = queries
  return (
    <QueryPanel
      queries={[actors, stances, statements, codebook]}
      title="The actors could not be loaded."
      skeleton={<PanelSkeleton rows={8} label="Loading the actors and their stances" />}
    >
      {() =>
        data &&
        labels &&
        groups &&
        results && (
          <>
            <ActiveFilters state={filters} groups={groups} onChange={setFilters} />
            <ViewActions results={results} />
            <ActorCards
              data={data}
              results={withLinkedStatement(data, results, view.view.statement)}
              linkedStatement={view.view.statement}
              labels={labels}
              filtered={activeFilterCount(filters) > 0}
              onClearFilters={() => setFilters(emptyFilterState)}
              compare={view.view.compare}
              onCompareChange={(compare) => setView({ ...view.view, compare })}
              citeContext={citeContextOf(sources.data?.[0], meta.data)}
              methodLink={pageLink(view, 'method', '#derivation')}
              search={filters.q}
            />
          </>
        )
      }
    </QueryPanel>
  )
}
