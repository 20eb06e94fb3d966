import type { RequestHandler } from 'msw'
import { setupWorker } from 'msw/browser'
import type { ApiTransport } from '../../src/lib/api/client'
import { describeFaultPlan, parseFaultPlan, setFaultPlan, setLatency } from '../faults'
import { createHandlers } from '../handlers/all'
import { articleDataset, withWorkspace } from '../handlers/dataset'
import { syntheticSourceHandlers } from '../handlers/synthetic-sources'
import type { WorkspaceData } from '../../src/lib/workspace/records'
import { onSyntheticSources } from '../../src/lib/engine/synthetic-sources'
import { answerInPage, currentHandlers, setCurrentHandlers } from './in-page'

export type MockTransportMode = 'service-worker' | 'in-page'

/** How long to wait for the service worker before answering in the page instead. */
const workerStartTimeoutMs = 4000

// Imported statically: this whole module is already loaded lazily by the page's start-up, and
// one level of chunks loads faster than a chain of them.

/**
 * Starts the mock API in the browser: through msw's service worker where one can run, otherwise
 * in the page (non-secure origins, Firefox private windows, some cross-site frames). The caller
 * installs the returned transport; `null` means plain `fetch`, which the worker intercepts.
 */
export async function startMockApi(options: {
  workerUrl: string
  latency: boolean
  /** A fault plan the page was asked for (`stances:error`), or `null`. */
  faults: string | null
}): Promise<{
  mode: MockTransportMode
  transport: ApiTransport | null
  problems: string[]
  /** The faults being injected, as a person reads them; empty when there are none. */
  faults: string
}> {
  const { plan, problems } = parseFaultPlan(options.faults ?? '')
  setFaultPlan(plan)
  const faults = describeFaultPlan(plan)
  if (options.latency) setLatency(150, 450)
  if (window.isSecureContext && 'serviceWorker' in navigator) {
    absorbWorkerUpdateFailures()
    try {
      const worker = setupWorker(...currentHandlers())
      running = worker
      await withTimeout(
        worker.start({
          serviceWorker: { url: options.workerUrl },
          quiet: true,
          onUnhandledFrame: 'bypass',
        }),
        workerStartTimeoutMs,
      )
      return { mode: 'service-worker', transport: null, problems, faults }
    } catch (error) {
      problems.push(`service worker unavailable, answering in the page: ${String(error)}`)
    }
  }
  return { mode: 'in-page', transport: answerInPage, problems, faults }
}

let running: ReturnType<typeof setupWorker> | null = null

/** What the mock API serves: the article's data (with the workspace), and the synthetic sources. */
let served = { dataset: currentHandlers(), syntheticSources: [] as RequestHandler[] }

function serve(next: Partial<typeof served>) {
  served = { ...served, ...next }
  const handlers = [...served.syntheticSources, ...served.dataset]
  setCurrentHandlers(handlers)
  running?.resetHandlers(...handlers)
}

/**
 * Serves the analyst's workspace beside the article's data from the next request on, through
 * the same handlers (the service worker's and the in-page ones alike).
 */
export function serveWorkspace(data: WorkspaceData): void {
  serve({ dataset: createHandlers(withWorkspace(articleDataset, data)) })
}

// The synthetic corpus is made in the page's worker; its sources' texts are served from it, so
// the source dialog opens on a synthetic statement as it does on the article's.
onSyntheticSources((parts) => serve({ syntheticSources: syntheticSourceHandlers(parts) }))

/** Stops injecting faults: the mock API answers normally from the next request on. */
export function stopFaults(): void {
  setFaultPlan({})
}

/**
 * msw updates an existing worker registration in the background without handling a failure, so a
 * worker script that cannot be fetched at that moment (a deploy in progress, a dropped connection)
 * surfaced as an uncaught "Failed to update a ServiceWorker … Not found". The worker already
 * running keeps answering; a failed start is caught below and answered in the page instead.
 */
let absorbing = false
function absorbWorkerUpdateFailures() {
  if (absorbing) return
  absorbing = true
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason
    if (
      !(reason instanceof Error) ||
      !reason.message.startsWith('Failed to update a ServiceWorker')
    )
      return
    event.preventDefault()
    console.warn(
      `The mock API's service worker could not be updated; it keeps running: ${reason.message}`,
    )
  })
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}
