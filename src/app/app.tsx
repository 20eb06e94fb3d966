import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ThemeToggle } from '../features/theme/theme-toggle'
import { WorkspacePage } from '../features/workspace/workspace-page'
import { DashboardPage } from './dashboard-page'
import { createQueryClient } from './query-client'

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
          <WorkspacePage />
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
