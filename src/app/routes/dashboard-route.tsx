import { lazy, Suspense } from 'react'
import { PanelSkeleton } from '../../components/panel-state'
import { activeFilterCount } from '../../lib/url-state/filter-state'
import { FiltersAside } from '../filters-aside'
import { ChartsPanel } from '../panels/charts-panel'
import { ComparePanel } from '../panels/compare-panel'
import { EventPanel } from '../panels/event-panel'
import { FiltersPanel } from '../panels/filters-panel'
import { ResultsPanel } from '../panels/results-panel'
import { UrlNoticePanel } from '../panels/url-notice-panel'
import { PageNav } from '../page-nav'
import { useView } from '../view-context'
import { AfterIdle } from './after-idle'

const chartsSkeleton = <PanelSkeleton rows={2} label="Loading the charts" />
const stripsSkeleton = <PanelSkeleton rows={2} label="Loading the stances across events" />

// Below the cards and only read after them: in its own chunk, drawn once the page is idle.
const StanceOverTimePanel = lazy(() =>
  import('../panels/stance-over-time-panel').then((module) => ({
    default: module.StanceOverTimePanel,
  })),
)

/**
 * The dashboard: the event, the filters beside the cards, the comparison and the charts. Each
 * section is a Suspense boundary of its own, so that React hydrates the prerendered page section
 * by section, in tasks short enough for a phone to stay responsive, rather than in one piece.
 */
export function DashboardRoute() {
  const { filters, cards } = useView()
  return (
    <>
      <PageNav />
      <Suspense fallback={null}>
        <EventPanel announce />
      </Suspense>
      <UrlNoticePanel />
      <ComparePanel />
      <div className="dashboard-layout">
        <FiltersAside activeCount={activeFilterCount(filters)} matchCount={cards?.length ?? null}>
          <Suspense fallback={null}>
            <FiltersPanel announce={false} />
          </Suspense>
        </FiltersAside>
        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden" tabIndex={-1}>
            Actors
          </h2>
          <Suspense fallback={null}>
            <ResultsPanel />
          </Suspense>
        </section>
      </div>
      <section className="stance-over-time-section" aria-labelledby="stance-over-time-heading">
        <h2 id="stance-over-time-heading">Stance across events</h2>
        <AfterIdle fallback={stripsSkeleton}>
          <Suspense fallback={stripsSkeleton}>
            <StanceOverTimePanel />
          </Suspense>
        </AfterIdle>
      </section>
      <section className="charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading">Charts</h2>
        {/* Drawn once the page is idle, as the prerendered page shows them: never in its way. */}
        <AfterIdle fallback={chartsSkeleton}>
          <ChartsPanel announce={false} />
        </AfterIdle>
      </section>
    </>
  )
}
