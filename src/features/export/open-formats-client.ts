import { wrap } from 'comlink'
import type { EventTerms } from '../../lib/codebook/event-terms'
import { codebookLabels } from '../../lib/labels'
import type { OpenFormatRequest } from './data-package'
import type { OpenFormat } from './export-request'
import { openFormatFile } from './open-formats'

/**
 * What the worker needs to make a file: the request without its labels, whose functions cannot
 * cross to a worker; it makes them again from the codebook and the event's terms.
 */
export type OpenFormatJob = Omit<OpenFormatRequest, 'labels'> & {
  format: OpenFormat
  terms: EventTerms
}

type OpenFormatFile = Awaited<ReturnType<typeof openFormatFile>>
type Make = (job: OpenFormatJob) => Promise<OpenFormatFile>

function inWorker(): Make {
  // The URL is written here, beside the worker's script, so the build bundles it as a worker.
  const worker = new Worker(new URL('./open-formats.worker.ts', import.meta.url), {
    type: 'module',
  })
  const remote = wrap<{ make: Make }>(worker)
  // A worker whose script fails to load never answers: its error ends the call, and the next
  // file starts a new worker.
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () => {
      started = null
      worker.terminate()
      reject(new Error('The file maker could not be loaded.'))
    })
  })
  failed.catch(() => {})
  return (job) => Promise.race([remote.make(job), failed])
}

// Where there are no workers (jsdom in the tests), the same module makes the file in this thread.
const inThisThread: Make = ({ terms, ...request }) =>
  openFormatFile({ ...request, labels: codebookLabels(request.codebook, terms) })

let started: Make | null = null

/** The view's Parquet file or data package, made in a worker started with the first one. */
export function makeOpenFormatFile(job: OpenFormatJob): Promise<OpenFormatFile> {
  started ??= typeof Worker === 'undefined' ? inThisThread : inWorker()
  return started(job)
}
