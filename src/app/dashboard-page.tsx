import { lazy, Suspense, useDeferredValue, useMemo } from 'react'
import { PanelErrorBoundary } from '../components/error-boundary'
import { PanelError, PanelSkeleton } from '../components/panel-state'
import { EventHeader } from '../features/event/components/event-header'
import { ActiveFilters } from '../features/filters/components/active-filters'
import { FilterPanel } from '../features/filters/components/filter-panel'
import { UrlNotice } from '../features/filters/components/url-notice'
import { applyFilters, speakerOptions, type DashboardData } from '../features/filters/facets'
import { activeFilterChips, filterGroups, filtersInWords } from '../features/filters/filter-options'
import { ComparePanel } from '../features/compare/components/compare-panel'
import { ResultsPanel } from '../features/reactions/components/results-panel'
import { codebookLabels } from '../lib/labels'
import {
  activeFilterCount,
  clearFilters,
  toggleTable,
  withList,
  type ChartId,
  type KnownValues,
} from '../lib/url-state/filter-state'
import { DashboardSkeleton } from './dashboard-skeleton'
import { FiltersAside } from './filters-aside'
import { PageNav, pageLink } from './page-nav'
import { panelFailure } from './panel-status'
import { useViewState } from './use-view-state'
import { ViewActions } from './view-actions'
import { citeContextOf, sourceLineOf } from './view-context'
import { useDashboardData } from './use-dashboard-data'
import { ChartsPanel } from './charts-panel-lazy'

// Embed mode loads only when asked for.
const EmbedPage = lazy(() =>
  import('./embed-page').then((module) => ({ default: module.EmbedPage })),
)

// The method page loads only when opened.
const MethodPage = lazy(() =>
  import('../features/method/components/method-page').then((module) => ({
    default: module.MethodPage,
  })),
)

export function DashboardPage() {
  const queries = useDashboardData()
  const { actors, stances, statements, codebook, events, sources, meta } = queries

  const data: DashboardData | null = useMemo(
    () =>
      actors.data && stances.data && statements.data
        ? { actors: actors.data, summaries: stances.data, statements: statements.data }
        : null,
    [actors.data, stances.data, statements.data],
  )
  const known: KnownValues | undefined = useMemo(
    () =>
      data
        ? {
            actorIds: new Set(data.actors.map((actor) => actor.id)),
            speakers: new Set(speakerOptions(data.statements)),
          }
        : undefined,
    [data],
  )
  const { state, notices, dismissNotices, onChange, navigate } = useViewState(known)

  const labels = useMemo(
    () => (codebook.data ? codebookLabels(codebook.data) : null),
    [codebook.data],
  )
  const groups = useMemo(
    () => (data && labels ? filterGroups(data.actors, data.statements, labels) : null),
    [data, labels],
  )

  const headerQueries = [events, statements, actors, sources, meta]
  const headerFailure = panelFailure(headerQueries)
  const resultQueries = [actors, stances, statements, codebook]
  const resultFailure = panelFailure(resultQueries)
  const event = events.data?.[0]

  // Until every first answer is in, one skeleton stands for the whole page, so that no panel is
  // pushed down when another fills in (no layout shift). Later loads show per panel.
  // The first full render is deferred, so React renders it in slices and the page stays responsive.
  const loaded = useDeferredValue(!Object.values(queries).some((query) => query.isPending))
  if (!loaded) return <DashboardSkeleton />

  const nav = <PageNav state={state} navigate={navigate} />

  if (state.view === 'method') {
    return (
      <>
        {nav}
        <UrlNotice notices={notices} onDismiss={dismissNotices} />
        {codebook.data && sources.data && meta.data ? (
          <Suspense fallback={<PanelSkeleton rows={1} label="Loading the method" />}>
            <MethodPage codebook={codebook.data} sources={sources.data} meta={meta.data} />
          </Suspense>
        ) : (
          <PanelError
            title="The method could not be loaded."
            error={codebook.error ?? sources.error ?? meta.error}
            onRetry={() => {
              void codebook.refetch()
              void sources.refetch()
              void meta.refetch()
            }}
          />
        )}
      </>
    )
  }

  const results = data ? applyFilters(data, state) : []
  const citeContext = citeContextOf(sources.data?.[0], meta.data)
  const sourceLine = sourceLineOf(sources.data ?? [], meta.data?.version ?? '')

  if (state.embed) {
    return data && labels && event && meta.data ? (
      <Suspense fallback={<PanelSkeleton rows={2} label="Loading the embed" />}>
        <EmbedPage
          state={state}
          embed={state.embed}
          data={data}
          results={results}
          labels={labels}
          event={event}
          meta={meta.data}
          sourceLine={sourceLine}
          citeContext={citeContext}
          onChange={(next) => onChange(next)}
        />
      </Suspense>
    ) : (
      <PanelError
        title="This embed could not be loaded."
        error={resultFailure?.error ?? headerFailure?.error}
        onRetry={() => {
          resultFailure?.retry()
          headerFailure?.retry()
        }}
      />
    )
  }

  return (
    <>
      {nav}
      <PanelErrorBoundary title="The event summary could not be shown.">
        {headerFailure ? (
          <PanelError
            title="The event summary could not be loaded."
            error={headerFailure.error}
            onRetry={headerFailure.retry}
            // The actors' panel announces a failure the two share.
            announce={headerFailure.error !== resultFailure?.error}
          />
        ) : event && statements.data && actors.data && sources.data && meta.data ? (
          <EventHeader
            event={event}
            statements={statements.data}
            actors={actors.data}
            sources={sources.data}
            meta={meta.data}
          />
        ) : (
          <div
            className="event-header-skeleton"
            role="status"
            aria-label="Loading the event summary"
          />
        )}
      </PanelErrorBoundary>

      <UrlNotice notices={notices} onDismiss={dismissNotices} />

      {data && labels && (
        <ComparePanel
          compare={state.compare}
          actors={data.actors}
          summaries={data.summaries}
          statements={data.statements}
          labels={labels}
          onChange={(compare) => onChange({ ...state, compare })}
        />
      )}

      <div className="dashboard-layout">
        <FiltersAside activeCount={activeFilterCount(state)}>
          <PanelErrorBoundary title="The filters could not be shown.">
            {resultFailure ? (
              <PanelError
                title="The filters could not be loaded."
                error={resultFailure.error}
                onRetry={resultFailure.retry}
                announce={false}
              />
            ) : data && groups && event ? (
              <FilterPanel
                data={data}
                state={state}
                groups={groups}
                dateBounds={{ min: event.start, max: event.end }}
                onChange={onChange}
              />
            ) : (
              <PanelSkeleton rows={3} label="Loading the filters" variant="filters" />
            )}
          </PanelErrorBoundary>
        </FiltersAside>

        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden" tabIndex={-1}>
            Actors
          </h2>
          <PanelErrorBoundary title="The actors could not be shown.">
            {resultFailure ? (
              <PanelError
                title="The actors could not be loaded."
                error={resultFailure.error}
                onRetry={resultFailure.retry}
              />
            ) : data && labels && groups ? (
              <>
                <ActiveFilters state={state} groups={groups} onChange={onChange} />
                {sources.data && meta.data && (
                  <ViewActions
                    state={state}
                    actors={data.actors}
                    results={results}
                    sources={sources.data}
                    labels={labels}
                    datasetVersion={meta.data.version}
                  />
                )}
                <ResultsPanel
                  data={data}
                  results={results}
                  labels={labels}
                  filtered={activeFilterCount(state) > 0}
                  onClearFilters={() => onChange(clearFilters(state))}
                  compare={state.compare}
                  onCompareChange={(compare) => onChange({ ...state, compare })}
                  citeContext={citeContext}
                  methodLink={pageLink(state, navigate, 'method', '#derivation')}
                />
              </>
            ) : (
              <PanelSkeleton rows={8} label="Loading the actors and their stances" />
            )}
          </PanelErrorBoundary>
        </section>
      </div>

      <section className="charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading">Charts</h2>
        <PanelErrorBoundary title="The charts could not be shown.">
          {resultFailure ? (
            <PanelError
              title="The charts could not be loaded."
              error={resultFailure.error}
              onRetry={resultFailure.retry}
              announce={false}
            />
          ) : data && labels && event && sources.data && meta.data ? (
            <Suspense fallback={<PanelSkeleton rows={2} label="Loading the charts" />}>
              <ChartsPanel
                input={results}
                event={event}
                actors={data.actors}
                labels={labels}
                sourceLine={sourceLine}
                tables={state.tables}
                onToggleTable={(chart: ChartId) => onChange(toggleTable(state, chart))}
                onFilter={(filter, values) => onChange(withList(state, filter, [...values]))}
                downloads={{
                  fileBase: `karabakh-reactions-${meta.data.version}`,
                  filters: filtersInWords(activeFilterChips(state, groups ?? [])),
                }}
              />
            </Suspense>
          ) : (
            <PanelSkeleton rows={2} label="Loading the charts" />
          )}
        </PanelErrorBoundary>
      </section>
    </>
  )
}
