import { lazy, Suspense, type ReactNode } from 'react'
import { PanelSkeleton } from '../../components/panel-state'
import { activeFilterCount } from '../../lib/url-state/filter-state'
import { FiltersAside } from '../filters-aside'
import { ChartsPanel } from '../panels/charts-panel'
import { ComparePanel } from '../panels/compare-panel'
import { EventPanel } from '../panels/event-panel'
import { FiltersPanel } from '../panels/filters-panel'
import { HowToRead } from '../panels/how-to-read'
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
 * A section below the cards, drawn once the page is idle (as the prerendered page shows it) so it
 * is never in the cards' way; its skeleton stands in until then.
 */
function IdleSection({
  className,
  headingId,
  heading,
  skeleton,
  children,
}: {
  className: string
  headingId: string
  heading: string
  skeleton: ReactNode
  children: ReactNode
}) {
  return (
    <section className={className} aria-labelledby={headingId}>
      {/* A skip link's target: it takes the focus, but Tab passes it by. */}
      <h2 id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      <AfterIdle fallback={skeleton}>{children}</AfterIdle>
    </section>
  )
}

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
      <HowToRead />
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
      <IdleSection
        className="stance-over-time-section"
        headingId="stance-over-time-heading"
        heading="Stance across events"
        skeleton={stripsSkeleton}
      >
        <Suspense fallback={stripsSkeleton}>
          <StanceOverTimePanel />
        </Suspense>
      </IdleSection>
      <IdleSection
        className="charts"
        headingId="charts-heading"
        heading="Charts"
        skeleton={chartsSkeleton}
      >
        <ChartsPanel announce={false} />
      </IdleSection>
    </>
  )
}
