import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { onDataChanged } from '../lib/api/data-changed'
import { ThemeToggle } from '../features/theme/theme-toggle'
import { GlossaryOfView } from './glossary-of-view'
import { createQueryClient } from './query-client'
import { PrintRunningHead } from './print-running'
import { Routes } from './routes/routes'
import { SiteFooter } from './site-footer'
import { SkipLinks } from './skip-link'
import { useView, ViewProvider } from './view-context'

// The synthetic label and the engine's progress load only with the synthetic corpus.
const SyntheticStatus = lazy(() =>
  import('./synthetic-status').then((module) => ({ default: module.SyntheticStatus })),
)

/** The label "Synthetic data …" at the top of every view of the synthetic corpus. */
function SyntheticLabel() {
  const { dataset, synthetic } = useView()
  const client = useQueryClient()
  return (
    dataset === 'synthetic' && (
      <Suspense fallback={null}>
        <SyntheticStatus
          error={synthetic.error}
          onRetry={() => {
            synthetic.engine?.stop()
            // Every part of the corpus comes again, from a new worker.
            void client.resetQueries({ queryKey: ['synthetic', synthetic.size] })
          }}
        />
      </Suspense>
    )
  )
}

/** The theme switch; an embed takes its theme from its own address, set by whoever embedded it. */
function Theme() {
  const { view } = useView()
  return <ThemeToggle override={view.embed ? (view.theme ?? 'system') : null} />
}

const pageNames = { dashboard: 'Dashboard', method: 'Method', workspace: 'Your workspace' }

/** The page's main content, named after the page so a landmark list says which it is. */
function Main({ children }: { children: ReactNode }) {
  const { view } = useView()
  return (
    <main id="main" tabIndex={-1} aria-label={pageNames[view.view]}>
      {children}
    </main>
  )
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  // The analyst's own records are served beside the dataset: a saved change shows everywhere.
  useEffect(
    () =>
      onDataChanged(
        // The synthetic corpus is generated, never the analyst's: it is not asked for again.
        () =>
          void client.invalidateQueries({
            predicate: (query) => query.queryKey[0] !== 'synthetic',
          }),
      ),
    [client],
  )
  return (
    <QueryClientProvider client={client}>
      <ViewProvider>
        <PrintRunningHead />
        <SkipLinks />
        <header className="site-header" aria-labelledby="site-title">
          <h1 id="site-title" className="site-title">
            Diplomatic reactions tracker
          </h1>
          <Theme />
        </header>
        <Main>
          <GlossaryOfView>
            <SyntheticLabel />
            <Routes />
          </GlossaryOfView>
        </Main>
        <SiteFooter />
      </ViewProvider>
    </QueryClientProvider>
  )
}
