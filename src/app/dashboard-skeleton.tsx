import { PanelSkeleton } from '../components/panel-state'

/** The page's shape while the first answers come in, so nothing moves when they arrive. */
export function DashboardSkeleton() {
  return (
    <div className="dashboard-skeleton">
      {/* Holds the place of the page links. */}
      <div className="page-nav-skeleton" />
      <div className="event-header-skeleton" role="status" aria-label="Loading the event summary" />
      <div className="dashboard-layout">
        <PanelSkeleton rows={3} label="Loading the filters" variant="filters" />
        <PanelSkeleton rows={4} label="Loading the actors and their stances" />
      </div>
    </div>
  )
}
