import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ActorStanceList } from '../features/actors/components/actor-stance-list'
import { DatasetFooter } from '../features/actors/components/dataset-footer'
import { createQueryClient } from './query-client'

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <p className="eyebrow">Diplomatic reactions tracker</p>
        <h1>Reactions to Azerbaijan’s September 2023 operation in Karabakh</h1>
        <p className="lede">
          How eight governments and international organisations responded to the operation and the
          cease-fire that followed, coded from one news article.
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        <ActorStanceList />
      </main>
      <DatasetFooter />
    </QueryClientProvider>
  )
}
