import { PanelSkeleton } from '../../components/panel-state'
import { FilterPanel } from '../../features/filters/components/filter-panel'
import { QueryPanel } from '../query-panel'
import { useView } from '../view-context'

/** The filter checkboxes with their counts, and the date range of the event. */
export function FiltersPanel({ announce }: { announce: boolean }) {
  const { queries, data, groups, filters, setFilters } = useView()
  const { actors, stances, statements, codebook, events } = queries
  return (
    <QueryPanel
      queries={[actors, stances, statements, codebook, events]}
      title="The filters could not be loaded."
      announce={announce}
      skeleton={<PanelSkeleton rows={3} label="Loading the filters" variant="filters" />}
    >
      {() => {
        const event = events.data?.[0]
        return (
          data &&
          groups &&
          event && (
            <FilterPanel
              data={data}
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
