import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { ThemeToggle } from '../features/theme/theme-toggle'
import { DashboardPage } from './dashboard-page'
import { createQueryClient } from './query-client'

// Loaded only when asked for, so the dashboard's bundle does not carry the workspace's storage.
const WorkspacePage = lazy(() =>
  import('../features/workspace/workspace-page').then((module) => ({
    default: module.WorkspacePage,
  })),
)

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <h1 className="site-title">Diplomatic reactions tracker</h1>
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        {/* Temporary route until the view state routes `?view=workspace` itself. */}
        {new URLSearchParams(window.location.search).get('view') === 'workspace' ? (
          <Suspense fallback={<p>Loading your workspace…</p>}>
            <WorkspacePage />
          </Suspense>
        ) : (
          <DashboardPage />
        )}
      </main>
      <footer className="site-footer">
        <p>
          Every quotation is the article’s own words, character for character; everything else is
          marked as the article’s paraphrase. Stances are derived from the statements by a written
          codebook.
        </p>
      </footer>
    </QueryClientProvider>
  )
}
