import { memo, Suspense } from 'react'
import { PanelSkeleton } from '../../components/panel-state'
import { activeFilterChips, filtersInWords } from '../../features/filters/filter-options'
import { allEvents, withList } from '../../lib/url-state/filter-state'
import { toggleTable, type ChartId } from '../../lib/url-state/view-state'
import { ChartsPanel as Charts } from '../charts-panel-lazy'
import { QueryPanel } from '../query-panel'
import { sourceLineOf } from '../source-line'
import { useDeferredView, type ViewModel } from '../view-context'

/** The charts of the filtered actors; `only` shows one chart, for an embed. */
export function ChartsPanel({ only, announce }: { only?: ChartId; announce: boolean }) {
  return <ChartsFromView only={only} announce={announce} model={useDeferredView()} />
}

const ChartsFromView = memo(function ChartsFromView({
  only,
  announce,
  model,
}: {
  only?: ChartId | undefined
  announce: boolean
  model: ViewModel
}) {
  const { queries, data, labels, groups, results, view, filters, setView, setFilters } = model
  const { actors, stances, statements, codebook, events, sources, meta } = queries
  return (
    <QueryPanel
      queries={[actors, statements, codebook, events, sources, meta]}
      optional={[stances]}
      title="The charts could not be loaded."
      announce={announce}
      skeleton={<PanelSkeleton rows={2} label="Loading the charts" />}
    >
      {() => {
        // The charts are shaped from the derived stances; the cards' panel says once why they failed.
        if (stances.isError)
          return (
            <p className="panel-note">
              The charts need the derived stances, which could not be loaded. They return once the
              stances load.
            </p>
          )
        // The event in view draws the timeline's milestones; across every event, the first one's.
        const event = events.data?.find((item) => item.id === model.event) ?? events.data?.[0]
        if (!data || !labels || !results || !event || !sources.data || !meta.data) return null
        return (
          <Suspense fallback={<PanelSkeleton rows={2} label="Loading the charts" />}>
            <Charts
              input={results}
              event={event}
              events={events.data ?? []}
              allEvents={model.event === allEvents}
              actors={data.actors}
              labels={labels}
              sourceLine={sourceLineOf(sources.data, meta.data.version)}
              shaped={model.shapedCharts}
              tables={view.tables}
              onToggleTable={(chart: ChartId) => setView(toggleTable(view, chart))}
              {...(only
                ? { only }
                : {
                    onFilter: (filter, values) =>
                      setFilters(withList(filters, filter, [...values])),
                    downloads: {
                      fileBase: `karabakh-reactions-${meta.data.version}`,
                      filters: filtersInWords(activeFilterChips(filters, groups ?? [])),
                    },
                  })}
            />
          </Suspense>
        )
      }}
    </QueryPanel>
  )
})
