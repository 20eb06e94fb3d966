import { PanelSkeleton } from '../../components/panel-state'
import { FilterPanel } from '../../features/filters/components/filter-panel'
import { allEvents } from '../../lib/url-state/filter-state'
import { QueryPanel } from '../query-panel'
import { useView } from '../view-context'

/**
 * The filter checkboxes with their counts, and the date range of the event. Without the derived
 * stances every filter but stance still works; the cards' panel says once why.
 */
export function FiltersPanel({ announce }: { announce: boolean }) {
  const model = useView()
  const { queries, groups, countActors, facetCounts, stancesFailed } = model
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
        const event = events.data?.find((item) => item.id === model.event) ?? events.data?.[0]
        // Across every event, the dates run from the first one's start to the last one's end.
        const bounds =
          model.event === allEvents && events.data && events.data.length > 0
            ? {
                min: events.data.reduce(
                  (first, item) => (item.start < first ? item.start : first),
                  events.data[0]?.start ?? '',
                ),
                max: events.data.reduce((last, item) => (item.end > last ? item.end : last), ''),
              }
            : event && { min: event.start, max: event.end }
        return (
          countActors &&
          groups &&
          bounds && (
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
              groups={groups}
              dateBounds={bounds}
            />
          )
        )
      }}
    </QueryPanel>
  )
}
