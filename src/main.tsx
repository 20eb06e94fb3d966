import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { FramedNotice } from './components/framed-notice'
import { setApiReady, setApiTransport } from './lib/api/client'
import { announceDataChanged } from './lib/api/data-changed'
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
  if (!new URLSearchParams(window.location.search).has('embed')) {
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

// Only `?embed=` views may run inside another site's frame; see FramedNotice.
const framedFullView =
  window.top !== window.self && !new URLSearchParams(window.location.search).has('embed')

ensureUsableStorage()
setApiReady(dataServiceReady)
if (!framedFullView) {
  void dataServiceReady().catch(() => {
    // Already reported; the panels show the failure and offer to try again.
  })
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      {framedFullView ? <FramedNotice href={window.location.href} /> : <App />}
    </StrictMode>,
  )
}
