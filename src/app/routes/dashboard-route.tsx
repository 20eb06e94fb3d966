import { activeFilterCount } from '../../lib/url-state/filter-state'
import { FiltersAside } from '../filters-aside'
import { ChartsPanel } from '../panels/charts-panel'
import { ComparePanel } from '../panels/compare-panel'
import { EventPanel } from '../panels/event-panel'
import { FiltersPanel } from '../panels/filters-panel'
import { ResultsPanel } from '../panels/results-panel'
import { StanceOverTimePanel } from '../panels/stance-over-time-panel'
import { UrlNoticePanel } from '../panels/url-notice-panel'
import { PageNav } from '../page-nav'
import { useView } from '../view-context'

/** The dashboard: the event, the filters beside the cards, the comparison and the charts. */
export function DashboardRoute() {
  const { filters, cards } = useView()
  return (
    <>
      <PageNav />
      <EventPanel announce />
      <UrlNoticePanel />
      <ComparePanel />
      <div className="dashboard-layout">
        <FiltersAside activeCount={activeFilterCount(filters)} matchCount={cards?.length ?? null}>
          <FiltersPanel announce={false} />
        </FiltersAside>
        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden" tabIndex={-1}>
            Actors
          </h2>
          <ResultsPanel />
        </section>
      </div>
      <section className="stance-over-time-section" aria-labelledby="stance-over-time-heading">
        <h2 id="stance-over-time-heading">Stance across events</h2>
        <StanceOverTimePanel />
      </section>
      <section className="charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading">Charts</h2>
        <ChartsPanel announce={false} />
      </section>
    </>
  )
}
