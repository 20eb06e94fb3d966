import { Suspense } from 'react'
import { PanelSkeleton } from '../../components/panel-state'
import { activeFilterChips, filtersInWords } from '../../features/filters/filter-options'
import { withList } from '../../lib/url-state/filter-state'
import { toggleTable, type ChartId } from '../../lib/url-state/view-state'
import { ChartsPanel as Charts } from '../charts-panel-lazy'
import { QueryPanel } from '../query-panel'
import { sourceLineOf } from '../source-line'
import { useView } from '../view-context'

/** The charts of the filtered actors; `only` shows one chart, for an embed. */
export function ChartsPanel({ only, announce }: { only?: ChartId; announce: boolean }) {
  const { queries, data, labels, groups, results, view, filters, setView, setFilters } = useView()
  const { actors, stances, statements, codebook, events, sources, meta } = queries
  return (
    <QueryPanel
      queries={[actors, stances, statements, codebook, events, sources, meta]}
      title="The charts could not be loaded."
      announce={announce}
      skeleton={<PanelSkeleton rows={2} label="Loading the charts" />}
    >
      {() => {
        const event = events.data?.[0]
        if (!data || !labels || !results || !event || !sources.data || !meta.data) return null
        return (
          <Suspense fallback={<PanelSkeleton rows={2} label="Loading the charts" />}>
            <Charts
              input={results}
              event={event}
              actors={data.actors}
              labels={labels}
              sourceLine={sourceLineOf(sources.data, meta.data.version)}
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
}
