import { lazy, memo, Suspense } from 'react'
import { PanelSkeleton } from '../../components/panel-state'
import { activeFilterChips, filtersInWords } from '../../features/filters/filter-options'
import { chartFileBase } from '../../lib/file-slug'
import type { ChartId } from '../../lib/url-state/view-state'
import { QueryPanel } from '../query-panel'
import { ViewScope } from '../shared-view-of'
import { citeContextOf, sourceLineOf } from '../source-line'
import { useDeferredView, type ViewModel } from '../view-context'

// The charts with recharts, in their own chunk: the cards never wait for them.
const Charts = lazy(() =>
  import('../../features/charts/components/charts').then((module) => ({
    default: module.Charts,
  })),
)

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
  const { queries, data, labels, groups, results, filters, event } = model
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
        if (!data || !labels || !results || !events.data?.[0] || !sources.data || !meta.data)
          return null
        return (
          <Suspense fallback={<PanelSkeleton rows={2} label="Loading the charts" />}>
            <ViewScope model={model}>
              <Charts
                input={results}
                sourceLine={sourceLineOf(sources.data, meta.data.version, {
                  events: events.data,
                  event,
                })}
                shaped={model.shapedCharts}
                {...(only
                  ? { only }
                  : {
                      downloads: {
                        fileBase: chartFileBase(event, meta.data.version),
                        filters: filtersInWords(activeFilterChips(filters, groups ?? [])),
                        cite: citeContextOf(sources.data, meta.data, {
                          events: events.data,
                          event,
                        }),
                      },
                    })}
              />
            </ViewScope>
          </Suspense>
        )
      }}
    </QueryPanel>
  )
})
