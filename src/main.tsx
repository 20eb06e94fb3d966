import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { hydratePrerenderedState, prerenderedStateElement } from './app/prerendered-state'
import { createQueryClient } from './app/query-client'
import { FramedNotice } from './components/framed-notice'
import { setApiReady, setApiTransport } from './lib/api/client'
import { announceDataChanged } from './lib/api/data-changed'
import { isEmbedAddress } from './lib/url-state/embed-address'
import { dropCorruptEntries, ensureUsableStorage } from './lib/storage-guard'
import './app/styles.css'

const faultsKey = 'mock-faults'

/**
 * Takes a fault request out of the address at once, before the app reads it, so that no link,
 * bookmark or embed code made from this page can carry it. In development a request stored under
 * `mock-faults` also counts; a production build never reads nor keeps one, and removes a stored
 * one, so faults last for this visit only and always show the banner.
 */
function takeFaultRequest(): string | null {
  const url = new URL(window.location.href)
  const requested = url.searchParams.get(faultsKey)
  if (requested !== null) {
    url.searchParams.delete(faultsKey)
    window.history.replaceState(window.history.state, '', url)
  }
  try {
    if (import.meta.env.DEV) return requested ?? window.localStorage.getItem(faultsKey)
    if (window.localStorage.getItem(faultsKey) !== null) {
      window.localStorage.removeItem(faultsKey)
      console.warn(`Removed the stored "${faultsKey}": this build injects faults only on request.`)
    }
  } catch {
    // Storage can be blocked in sandboxed frames; there is then simply no stored plan.
  }
  return requested
}

// The banner shows only while faults are injected, so its code loads only then.
async function showFaultBanner(faults: string, stop: () => void) {
  const { FaultBanner } = await import('./components/fault-banner')
  const host = document.createElement('div')
  document.body.prepend(host)
  createRoot(host).render(
    <FaultBanner
      faults={faults}
      onStop={() => {
        stop()
        try {
          window.localStorage.removeItem(faultsKey)
        } catch {
          // Nothing stored, then.
        }
        // The request is gone from the address, so a reload shows the data as it is.
        window.location.reload()
      }}
    />,
  )
}

const faultRequest = takeFaultRequest()

// Read by the router's own rule: `?embed=bogus`, `?embed=` or `embed` given twice is the full page
// to the router, so it is no embed here either (see embedOfAddress).
const embedView = isEmbedAddress(window.location.href)

// The built site is static: its data comes from the mock API, started here without holding up
// the first paint. Requests wait for it through `setApiReady`.
async function startDataService() {
  // Before msw loads: it reads its own stored entry on import, and a corrupt one would stop it.
  for (const key of dropCorruptEntries()) {
    console.warn(
      `Removed the stored entry "${key}": it was corrupt and would stop the data service.`,
    )
  }
  const { startMockApi, stopFaults, serveWorkspace } = await import('../mocks/serve/browser')
  const started = await startMockApi({
    workerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
    latency: import.meta.env.DEV,
    faults: faultRequest,
  })
  if (started.faults && !document.querySelector('.fault-banner')) {
    void showFaultBanner(started.faults, stopFaults)
  }
  if (started.transport) setApiTransport(started.transport)
  document.documentElement.dataset.dataService = started.mode
  started.problems.forEach((problem) => console.warn(problem))
  // An embed shows only the published dataset: another site's page cannot read this browser's
  // workspace, and a reader of the embed should not see someone's unpublished coding.
  if (!embedView) {
    const { followWorkspace } = await import('./lib/workspace/follow')
    void followWorkspace(serveWorkspace, announceDataChanged).catch((error: unknown) => {
      console.warn(`Your workspace could not be served beside the data: ${String(error)}`)
    })
  }
}

// A start that failed is forgotten, so the next request (a panel's "Try again") starts it afresh.
let starting: Promise<void> | undefined
function dataServiceReady(): Promise<void> {
  starting ??= startDataService().catch((error: unknown) => {
    starting = undefined
    console.warn(`The data service did not start: ${String(error)}`)
    throw error
  })
  return starting
}

// Only embed views may run inside another site's frame; see FramedNotice. A host that cannot vary
// its headers by query lets every address of the page be framed, and this is then the only guard.
const framedFullView = window.top !== window.self && !embedView

/** Runs `work` when the page is idle, so it never delays what the page is busy showing. */
function whenIdle(work: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 3000 })
  else setTimeout(work, 200)
}

ensureUsableStorage()
setApiReady(dataServiceReady)

// The page comes with the latest dataset as the data service serves it (see index.html and
// scripts/prerender): every view starts from it without waiting for the service. Asked-for
// faults must reach the page through the service, so they leave it unused.
const queryClient = createQueryClient()
// The service starts at once when the page needs it for its data. With the data in the page it
// is needed only for what is asked later (a source, another dataset version, a retry) or to serve
// the analyst's own workspace: it then starts in idle time if this browser holds a workspace, or
// once the reader first does something, so that a phone opening a shared link spends none of its
// first seconds on it. A request made before then starts it itself, and waits for it.
const startService = () =>
  void dataServiceReady().catch(() => {
    // Already reported; the panels show the failure and offer to try again.
  })
const startOnFirstUse = () => {
  const kinds = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const
  const start = () => {
    for (const kind of kinds) window.removeEventListener(kind, start, true)
    whenIdle(startService)
  }
  for (const kind of kinds) window.addEventListener(kind, start, { capture: true, passive: true })
}
/**
 * Starts the page once its prerendered data, if any, is in the cache: the data service, then the
 * hydration of the page's markup or a fresh render.
 */
function start(stateText: string | null) {
  const prerenderedData = faultRequest === null && hydratePrerenderedState(queryClient, stateText)
  if (!framedFullView) {
    if (!prerenderedData) startService()
    else {
      startOnFirstUse()
      whenIdle(() => {
        void import('./lib/workspace/follow')
          .then(({ hasStoredWorkspace }) => hasStoredWorkspace())
          .then((stored) => {
            if (stored) startService()
          })
          .catch(startService)
      })
    }
  }

  // The markup in the page is the dashboard's, the method page's or the cards' embed, as index.html
  // chose for this address: hydrate it only when the app renders that very page from that very
  // data. Anything else renders afresh into an emptied root, which index.html kept hidden until now.
  const html = document.documentElement
  const page = html.dataset.prerendered
  // index.html hid the site's header and footer for any `embed` before the first paint; an address
  // the router does not read as an embed is the full page, with them.
  if (!embedView) delete html.dataset.embed
  const hydrating =
    prerenderedData &&
    (page === 'embed-cards' || (!framedFullView && (page === 'dashboard' || page === 'method')))
  const root = document.getElementById('root')
  const app = (
    <StrictMode>
      {framedFullView ? (
        <FramedNotice href={window.location.href} />
      ) : (
        <App queryClient={queryClient} />
      )}
    </StrictMode>
  )
  // In a transition, React renders and hydrates in slices and yields between them, so that no
  // single task holds a phone's main thread for long.
  if (root && hydrating) {
    startTransition(() => {
      hydrateRoot(root, app)
    })
  } else if (root) {
    root.replaceChildren()
    delete html.dataset.hold
    const created = createRoot(root)
    startTransition(() => {
      created.render(app)
    })
  }
}

// The dashboard's data is in the page; the method page's, with every dataset version its changelog
// compares, is a file of its own that only the method page fetches (see scripts/prerender).
const state = prerenderedStateElement(document.documentElement.dataset.prerendered ?? '')
const stateFile = state?.getAttribute('data-src')
if (stateFile)
  void fetch(stateFile)
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null)
    .then(start)
else start(state?.textContent ?? null)
