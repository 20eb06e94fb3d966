import { PanelSkeleton } from '../../components/panel-state'
import { FilterPanel } from '../../features/filters/components/filter-panel'
import { QueryPanel } from '../query-panel'
import { useView } from '../view-context'

/**
 * The filter checkboxes with their counts, and the date range of the event. Without the derived
 * stances every filter but stance still works; the cards' panel says once why.
 */
export function FiltersPanel({ announce }: { announce: boolean }) {
  const { queries, groups, filters, setFilters, countActors, facetCounts, stancesFailed } =
    useView()
  const { actors, stances, statements, codebook, events } = queries
  return (
    <QueryPanel
      queries={[actors, statements, codebook, events]}
      optional={[stances]}
      title="The filters could not be loaded."
      announce={announce}
      skeleton={<PanelSkeleton rows={3} label="Loading the filters" variant="filters" />}
    >
      {() => {
        const event = events.data?.[0]
        return (
          countActors &&
          groups &&
          event && (
            <FilterPanel
              countActors={countActors}
              facetCounts={facetCounts}
              unavailable={
                stancesFailed
                  ? {
                      key: 'stance',
                      note: 'Not available: the derived stances could not be loaded, so this filter is not applied.',
                    }
                  : null
              }
              state={filters}
              groups={groups}
              dateBounds={{ min: event.start, max: event.end }}
              onChange={setFilters}
            />
          )
        )
      }}
    </QueryPanel>
  )
}
