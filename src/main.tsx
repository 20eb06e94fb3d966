import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { setApiReady, setApiTransport } from './lib/api/client'
import { dropCorruptEntries, ensureUsableStorage } from './lib/storage-guard'
import './app/styles.css'

// The built site is static: its data comes from the mock API, started here without holding up
// the first paint. Requests wait for it through `setApiReady`.
async function startDataService() {
  // Before msw loads: it reads its own stored entry on import, and a corrupt one would stop it.
  for (const key of dropCorruptEntries()) {
    console.warn(
      `Removed the stored entry "${key}": it was corrupt and would stop the data service.`,
    )
  }
  const { startMockApi } = await import('../mocks/serve/browser')
  const started = await startMockApi({
    workerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
    latency: import.meta.env.DEV,
  })
  if (started.transport) setApiTransport(started.transport)
  document.documentElement.dataset.dataService = started.mode
  started.problems.forEach((problem) => console.warn(problem))
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

ensureUsableStorage()
setApiReady(dataServiceReady)
void dataServiceReady().catch(() => {
  // Already reported; the panels show the failure and offer to try again.
})

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
