import { proxy, wrap, type Endpoint } from 'comlink'
import type {
  CsvImport,
  ImportContext,
  ImportFile,
  ImportProgress,
  ImportService,
  PackageImport,
} from './import-service'
import type { WorkspaceStatement } from './records'

/** The analyst stopped the import: nothing was read into the workspace. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled'
}

export const importWorkerFailed =
  'The import stopped working in this browser, so nothing was imported. Reload the page and try again.'

/** Reads imports off the page's thread, one at a time; `cancel` stops the one running. */
export type ImportRunner = {
  readCsvFile: (
    file: ImportFile,
    context: ImportContext,
    progress: ImportProgress,
  ) => Promise<CsvImport>
  readPackageFile: (
    file: ImportFile,
    context: ImportContext,
    progress: ImportProgress,
  ) => Promise<PackageImport>
  cancel: () => void
}

/** A worker as the runner uses it: a Worker, or in the tests one end of a message channel. */
export type ImportWorker = Endpoint & { terminate: () => void }

type Job = { service: ImportService; stop: () => void; failed: Promise<never> }

/**
 * Each import in a worker of its own (made by `createWorker`), ended when the import ends or is
 * cancelled: a cancelled read stops at once, however far it got. Without `createWorker` (a
 * browser without workers, the tests), the same service runs on the page, and cancelling drops
 * what it finds.
 */
export function createImportRunner(createWorker: (() => ImportWorker) | null): ImportRunner {
  let cancelRunning: (() => void) | null = null

  const start = async (): Promise<Job> => {
    if (!createWorker) {
      const { createImportService } = await import('./import-service')
      return {
        service: createImportService(),
        stop: () => {},
        failed: new Promise<never>(() => {}),
      }
    }
    const worker = createWorker()
    const failed = new Promise<never>((_, reject) => {
      const fail = () => reject(new Error(importWorkerFailed))
      worker.addEventListener('error', fail)
      worker.addEventListener('messageerror', fail)
    })
    failed.catch(() => undefined)
    const remote = wrap<ImportService>(worker)
    const service: ImportService = {
      readCsvFile: async (file, context, progress) => {
        // The valid statements come in parts, each copied to the page in a short task.
        const valid: WorkspaceStatement[] = []
        const deliver = (part: WorkspaceStatement[]) => {
          for (const statement of part) valid.push(statement)
        }
        const read = await remote.readCsvFile(
          file,
          context,
          progress && proxy(progress),
          proxy(deliver),
        )
        return read.ok ? { ok: true, reading: { ...read.reading, valid } } : read
      },
      readPackageFile: (file, context, progress) =>
        remote.readPackageFile(file, context, progress && proxy(progress)),
    }
    return { service, stop: () => worker.terminate(), failed }
  }

  const run = async <T>(work: (service: ImportService) => Promise<T>): Promise<T> => {
    cancelRunning?.()
    let cancel = () => {}
    const cancelled = new Promise<never>((_, reject) => {
      cancel = () => reject(new ImportCancelled('The import was cancelled.'))
    })
    cancelled.catch(() => undefined)
    cancelRunning = cancel
    const job = await start()
    try {
      return await Promise.race([work(job.service), cancelled, job.failed])
    } finally {
      job.stop()
      if (cancelRunning === cancel) cancelRunning = null
    }
  }

  return {
    readCsvFile: (file, context, progress) =>
      run((service) => service.readCsvFile(file, context, progress)),
    readPackageFile: (file, context, progress) =>
      run((service) => service.readPackageFile(file, context, progress)),
    cancel: () => cancelRunning?.(),
  }
}
