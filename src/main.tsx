import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { setApiReady, setApiTransport } from './lib/api/client'
import { ensureUsableStorage } from './lib/storage-guard'
import './app/styles.css'

// The built site is static: its data comes from the mock API, started here without holding up
// the first paint. Requests wait for it through `setApiReady`.
async function startDataService() {
  const { startMockApi } = await import('../mocks/serve/browser')
  const started = await startMockApi({
    workerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
    latency: import.meta.env.DEV,
  })
  if (started.transport) setApiTransport(started.transport)
  document.documentElement.dataset.dataService = started.mode
  started.problems.forEach((problem) => console.warn(problem))
}

ensureUsableStorage()
setApiReady(startDataService())

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
