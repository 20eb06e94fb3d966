import { useCallback, useEffect, useMemo, useState } from 'react'
import {
  createImportRunner,
  ImportCancelled,
  type ImportRunner,
} from '../../lib/workspace/import-client'

/** A worker for each import, where the browser has workers (the tests' jsdom has none). */
const createWorker =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })

/**
 * Runs an import off the page's thread with words on how far it got, and a way to cancel it. A
 * cancelled import gives back null; one left running when the page closes is cancelled.
 */
export function useImport() {
  const runner = useMemo(() => createImportRunner(createWorker), [])
  const [progress, setProgress] = useState<string | null>(null)
  useEffect(() => () => runner.cancel(), [runner])

  const run = useCallback(
    async <T>(work: (runner: ImportRunner, progress: (words: string) => void) => Promise<T>) => {
      // Words from the worker come on a port of their own and may arrive after its answer.
      let live = true
      const report = (words: string) => {
        if (live) setProgress(words)
      }
      report('Starting the import…')
      try {
        const read = await work(runner, report)
        // When the worker's answer arrived: `npm run bench:import -- --browser` reads it.
        performance.mark('workspace-import-read')
        return read
      } catch (error) {
        if (error instanceof ImportCancelled) return null
        throw error
      } finally {
        live = false
        setProgress(null)
      }
    },
    [runner],
  )
  return { progress, run, cancel: runner.cancel }
}
