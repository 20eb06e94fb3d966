import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { onDataChanged } from '../lib/api/data-changed'
import { ThemeToggle } from '../features/theme/theme-toggle'
import { createQueryClient } from './query-client'
import { Routes } from './routes/routes'
import { SkipLink } from './skip-link'
import { useView, ViewProvider } from './view-context'

/** The theme switch; an embed takes its theme from its own address, set by whoever embedded it. */
function Theme() {
  const { view } = useView()
  return <ThemeToggle override={view.embed ? (view.theme ?? 'system') : null} />
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  // The analyst's own records are served beside the dataset: a saved change shows everywhere.
  useEffect(() => onDataChanged(() => void client.invalidateQueries()), [client])
  return (
    <QueryClientProvider client={client}>
      <ViewProvider>
        <SkipLink />
        <header className="site-header">
          <h1 className="site-title">Diplomatic reactions tracker</h1>
          <Theme />
        </header>
        <main id="main" tabIndex={-1}>
          <Routes />
        </main>
        <footer className="site-footer">
          <p>
            Every quotation is the article’s own words, character for character; everything else is
            marked as the article’s paraphrase. Stances are derived from the statements by a written
            codebook.
          </p>
        </footer>
      </ViewProvider>
    </QueryClientProvider>
  )
}
