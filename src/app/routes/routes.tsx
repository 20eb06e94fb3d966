import { lazy, Suspense } from 'react'
import { PanelSkeleton } from '../../components/panel-state'
import { useView } from '../view-context'
import { DashboardRoute } from './dashboard-route'
import { MethodRoute } from './method-route'
import { PageNav } from '../page-nav'

// Embed mode loads only when asked for.
const EmbedRoute = lazy(() =>
  import('./embed-route').then((module) => ({ default: module.EmbedRoute })),
)

// The workspace loads only when opened, so the dashboard does not carry its storage code.
const WorkspaceRoute = lazy(() =>
  import('../../features/workspace/workspace-page').then((module) => ({
    default: module.WorkspacePage,
  })),
)

/** Which page the address asks for: an embed, the method, the analyst's workspace or the dashboard. */
export function Routes() {
  const { view } = useView()
  if (view.embed)
    return (
      <Suspense fallback={<PanelSkeleton rows={2} label="Loading the embed" />}>
        <EmbedRoute />
      </Suspense>
    )
  if (view.view === 'method') return <MethodRoute />
  // The way back to the dashboard stays in the app: a reload would lose work kept only in this tab.
  if (view.view === 'workspace')
    return (
      <>
        <PageNav />
        <Suspense fallback={<PanelSkeleton rows={3} label="Loading your workspace" />}>
          <WorkspaceRoute />
        </Suspense>
      </>
    )
  return <DashboardRoute />
}
