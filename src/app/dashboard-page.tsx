import * as Collapsible from '@radix-ui/react-collapsible'
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { PanelErrorBoundary } from '../components/error-boundary'
import { PanelError, PanelSkeleton } from '../components/panel-state'
import { EventHeader } from '../features/event/components/event-header'
import { ActiveFilters } from '../features/filters/components/active-filters'
import { FilterPanel, type ChangeFilters } from '../features/filters/components/filter-panel'
import { UrlNotice } from '../features/filters/components/url-notice'
import { applyFilters, speakerOptions, type DashboardData } from '../features/filters/facets'
import { activeFilterChips, filterGroups, filtersInWords } from '../features/filters/filter-options'
import { ComparePanel } from '../features/compare/components/compare-panel'
import { ExportMenu } from '../features/export/components/export-menu'
import { ResultsPanel } from '../features/reactions/components/results-panel'
import { codebookLabels } from '../lib/labels'
import {
  activeFilterCount,
  chartIds,
  clearFilters,
  parseFilterState,
  serializeFilterState,
  toggleTable,
  withList,
  type ChartId,
  type FilterState,
  type KnownValues,
} from '../lib/url-state/filter-state'
import { formatDay } from '../lib/format'
import { useLocationSearch } from '../lib/url-state/use-location-search'
import { useMediaQuery } from '../lib/use-media-query'
import { panelFailure } from './panel-status'
import { useDashboardData } from './use-dashboard-data'

// Embed mode and its dialog load only when asked for.
const EmbedPage = lazy(() =>
  import('./embed-page').then((module) => ({ default: module.EmbedPage })),
)
const EmbedDialog = lazy(() =>
  import('../features/embed/components/embed-dialog').then((module) => ({
    default: module.EmbedDialog,
  })),
)

const chartTitles: Record<ChartId, string> = {
  distribution: 'How many take each stance',
  spectrum: 'Where each actor stands',
  timeline: 'Statements over time',
  matrix: 'Who took which position',
  agreement: 'How far each pair agrees',
}

// The method page loads only when opened.
const MethodPage = lazy(() =>
  import('../features/method/components/method-page').then((module) => ({
    default: module.MethodPage,
  })),
)

// Recharts and the chart code load after the cards, in their own chunk.
const ChartsPanel = lazy(() =>
  import('../features/charts/components/charts-panel').then((module) => ({
    default: module.ChartsPanel,
  })),
)

export function DashboardPage() {
  const queries = useDashboardData()
  const { actors, stances, statements, codebook, events, sources, meta } = queries
  const [search, navigate] = useLocationSearch()

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
  const { state, problems } = useMemo(() => parseFilterState(search, known), [search, known])

  // A malformed link still shows the dashboard: drop what could not be read, say so, and put the
  // cleaned view in the address bar.
  const [notices, setNotices] = useState<string[]>([])
  const [reported, setReported] = useState<string | null>(null)
  if (problems.length > 0 && reported !== search) {
    setReported(search)
    setNotices((current) => [...new Set([...current, ...problems])])
  }
  useEffect(() => {
    if (problems.length > 0) {
      navigate(serializeFilterState(state, new URLSearchParams(search)), { replace: true })
    }
  }, [problems, state, search, navigate])

  const onChange: ChangeFilters = useCallback(
    (next, options) =>
      navigate(serializeFilterState(next, new URLSearchParams(window.location.search)), options),
    [navigate],
  )

  const wide = useMediaQuery('(min-width: 56rem)')
  const [embedOpen, setEmbedOpen] = useState(false)
  const [filtersOpen, setFiltersOpen] = useState(false)
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

  const goTo = (view: FilterState['view'], hash = '') => ({
    href: `${serializeFilterState({ ...state, view }) || '?'}${hash}`,
    onClick: (clickEvent: React.MouseEvent) => {
      if (clickEvent.metaKey || clickEvent.ctrlKey || clickEvent.shiftKey) return
      clickEvent.preventDefault()
      navigate(
        serializeFilterState({ ...state, view }, new URLSearchParams(window.location.search)),
      )
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${window.location.search}${hash}`,
      )
      window.scrollTo(0, 0)
    },
  })
  const nav = (
    <nav className="page-nav" aria-label="Pages">
      <a {...goTo('dashboard')} aria-current={state.view === 'dashboard' ? 'page' : undefined}>
        Dashboard
      </a>
      <a {...goTo('method')} aria-current={state.view === 'method' ? 'page' : undefined}>
        Method
      </a>
    </nav>
  )

  if (state.view === 'method') {
    return (
      <>
        {nav}
        <UrlNotice notices={notices} onDismiss={() => setNotices([])} />
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
  const source = sources.data?.[0]
  // Without the source and the dataset version there is nothing to cite: the buttons are left out.
  const dataset = meta.data
  const citeContext =
    source && dataset
      ? () => ({
          source,
          datasetVersion: dataset.version,
          datasetYear: dataset.updatedAt.slice(0, 4),
          url: window.location.href,
          accessed: new Date(),
        })
      : null
  const sourceLine = `Source: ${(sources.data ?? []).map((item) => `${item.outlet}${item.via ? ` via ${item.via}` : ''}, ${formatDay(item.published)}`).join('; ')}. Coded by the diplomatic reactions tracker, dataset ${meta.data?.version ?? ''}.`

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

  const embedOptions = [
    { value: 'cards' as const, label: 'The cards, as filtered' },
    ...(state.compare.length >= 2 ? [{ value: 'compare' as const, label: 'The comparison' }] : []),
    ...chartIds.map((chart) => ({
      value: `chart:${chart}` as const,
      label: `Chart: ${chartTitles[chart]}`,
    })),
    ...(data?.actors ?? []).map((actor) => ({
      value: `card:${actor.id}` as const,
      label: `One card: ${actor.name}`,
    })),
  ]

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

      <UrlNotice notices={notices} onDismiss={() => setNotices([])} />

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
        <aside className="filters" aria-label="Filters">
          <Collapsible.Root open={wide || filtersOpen} onOpenChange={setFiltersOpen}>
            <div className="filters-heading">
              <h2>Filters</h2>
              {!wide && (
                <Collapsible.Trigger className="link-button">
                  {filtersOpen
                    ? 'Hide filters'
                    : `Show filters${activeFilterCount(state) ? ` (${activeFilterCount(state)} active)` : ''}`}
                </Collapsible.Trigger>
              )}
            </div>
            <Collapsible.Content>
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
            </Collapsible.Content>
          </Collapsible.Root>
        </aside>

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
                  <div className="view-actions">
                    <ExportMenu
                      results={results}
                      sources={sources.data}
                      datasetVersion={meta.data.version}
                    />
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEmbedOpen(true)}
                    >
                      Embed
                    </button>
                    {embedOpen && (
                      <Suspense fallback={null}>
                        <EmbedDialog
                          open
                          onClose={() => setEmbedOpen(false)}
                          options={embedOptions}
                          datasetVersion={meta.data.version}
                        />
                      </Suspense>
                    )}
                  </div>
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
                  methodLink={goTo('method', '#derivation')}
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
                milestones={event.milestones}
                eventDays={{ start: event.start, end: event.end }}
                labels={labels}
                actorName={(id) => data.actors.find((actor) => actor.id === id)?.shortName ?? id}
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

function DashboardSkeleton() {
  return (
    <div className="dashboard-skeleton">
      {/* Holds the place of the page links, so nothing moves when they arrive. */}
      <div className="page-nav-skeleton" />
      <div className="event-header-skeleton" role="status" aria-label="Loading the event summary" />
      <div className="dashboard-layout">
        <PanelSkeleton rows={3} label="Loading the filters" variant="filters" />
        <PanelSkeleton rows={4} label="Loading the actors and their stances" />
      </div>
    </div>
  )
}
