import { wrap } from 'comlink'
import type { CslItem, FormattedStyle } from './cite-parts'

type Format = (items: readonly CslItem[]) => Promise<FormattedStyle[]>

let started: Format | null = null

function inWorker(): Format {
  // The URL is written here, beside the worker's script, so the build bundles it as a worker.
  const worker = new Worker(new URL('./cite-styles.worker.ts', import.meta.url), {
    type: 'module',
  })
  const remote = wrap<{ formatStyles: (items: readonly CslItem[]) => FormattedStyle[] }>(worker)
  // A worker whose script fails to load never answers: its error ends every call, and the next
  // call starts a new one.
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () => {
      started = null
      worker.terminate()
      reject(new Error('The citation styles could not be loaded.'))
    })
  })
  failed.catch(() => {})
  return (items) => Promise.race([remote.formatStyles(items), failed])
}

// Where there are no workers (jsdom in the tests), the same module formats in this thread.
const inThisThread: Format = async (items) => (await import('./cite-styles')).formatStyles(items)

/** The references in every style, formatted by citeproc in a worker started on first use. */
export function formatInStyles(items: readonly CslItem[]): Promise<FormattedStyle[]> {
  started ??= typeof Worker === 'undefined' ? inThisThread : inWorker()
  return started(items)
}
