// Built by Vite for Node (see prerender-plugin.ts) and run once per build: it renders the pages
// that are the same for everyone from the data the mock API serves.
import { dehydrate, QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { answerInPage } from '../../mocks/serve/in-page'
import { App } from '../../src/app/app'
import { serializeState } from '../../src/app/prerendered-state'
import { createQueryClient } from '../../src/app/query-client'
import { setApiTransport } from '../../src/lib/api/client'

/**
 * The addresses whose page does not depend on anything but the build: the dashboard, the method
 * and the embed of the cards.
 */
export const prerenderedSearches = {
  dashboard: '',
  method: '?view=method',
  'embed-cards': '?embed=cards',
} as const
export type PrerenderedPage = keyof typeof prerenderedSearches

const origin = 'http://localhost'

/**
 * The page reads its address during render (the view and filters) and the API client builds its
 * URLs from it; during the build there is no browser, so only that much of one is provided.
 */
function setAddress(search: string) {
  const location = new URL(`${origin}/${search}`)
  Object.defineProperty(globalThis, 'window', {
    value: { location },
    configurable: true,
    writable: true,
  })
}

async function renderPage(client: QueryClient, search: string): Promise<string> {
  setAddress(search)
  const errors: unknown[] = []
  const { prelude } = await prerender(
    <StrictMode>
      <App queryClient={client} />
    </StrictMode>,
    {
      onError: (error) => void errors.push(error),
      // Every boundary inline, in reading order: a page without JavaScript shows it all, and no
      // script is needed to reveal a part.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  )
  if (errors.length > 0)
    throw new Error(`Prerendering ${search || '/'} failed: ${String(errors[0])}`)
  return new Response(prelude).text()
}

/**
 * Renders a page until it asks for no data it lacks: each render builds the queries it needs in
 * the cache, which are then answered by the mock API's own handlers, as in a browser without a
 * service worker. A query that fails stops the build: a page must not be shipped with an error.
 */
async function renderWithData(client: QueryClient, search: string): Promise<string> {
  for (let round = 0; round < 5; round += 1) {
    const html = await renderPage(client, search)
    const missing = client
      .getQueryCache()
      .getAll()
      // The synthetic corpus is asked for only by `?dataset=synthetic`, never prerendered.
      .filter((query) => query.state.data === undefined && query.queryKey[0] !== 'synthetic')
    if (missing.length === 0) return html
    await Promise.all(missing.map((query) => query.fetch().catch(() => undefined)))
    const failed = missing.filter((query) => query.state.status === 'error')
    if (failed.length > 0)
      throw new Error(
        `Prerendering ${search || '/'}: ${failed.map((query) => `${JSON.stringify(query.queryKey)}: ${String(query.state.error)}`).join('; ')}`,
      )
  }
  throw new Error(`Prerendering ${search || '/'} kept asking for more data.`)
}

export async function renderPages(): Promise<{
  pages: Record<PrerenderedPage, string>
  states: Record<PrerenderedPage, string>
}> {
  setApiTransport(answerInPage)
  // The dashboard and the cards' embed show the same data and share a cache; the method page has
  // its own, with every dataset version its changelog compares, so the dashboard does not carry it.
  const shown = createQueryClient()
  const method = createQueryClient()
  const dashboard = await renderWithData(shown, prerenderedSearches.dashboard)
  const embed = await renderWithData(shown, prerenderedSearches['embed-cards'])
  const methodPage = await renderWithData(method, prerenderedSearches.method)
  const shownState = serializeState(dehydrate(shown))
  Reflect.deleteProperty(globalThis, 'window')
  return {
    pages: { dashboard, method: methodPage, 'embed-cards': embed },
    states: {
      dashboard: shownState,
      method: serializeState(dehydrate(method)),
      'embed-cards': shownState,
    },
  }
}
