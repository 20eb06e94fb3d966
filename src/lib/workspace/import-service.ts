import { gazetteer } from '../gazetteer/gazetteer'
import { readStatementsCsv, type CsvReading } from './csv-import'
import { readDataPackage } from './data-package'
import { fileSizeProblem } from './import-limits'
import { planMerge, type MergePlan } from './merge'
import type { WorkspaceData } from './records'

/** What an import reads a file against: the workspace as it is, and the dataset's actors. */
export type ImportContext = {
  data: WorkspaceData
  /** A statement may be by one of the dataset's actors, besides the gazetteer's and its own. */
  datasetActorIds: readonly string[]
}

/** Words to show while a file is read: "Checking row 20,000 of 100,000…". */
export type ImportProgress = (words: string) => void

export type Refused = { ok: false; problems: string[] }
export type CsvImport = { ok: true; reading: CsvReading } | Refused
export type PackageImport = { ok: true; plan: MergePlan } | Refused

/** What a file needs of a reader: its name and size, then its text, read only when they pass. */
export type ImportFile = { name: string; size: number; text: () => Promise<string> }

const count = (value: number) => value.toLocaleString('en')

/**
 * Reading an import: the file's size first, then its text, checked row by row or record by
 * record. The page runs this in a worker, so that a large file never holds the page; the same
 * functions run on the page where there are no workers, and in the tests.
 */
export function createImportService() {
  return {
    async readCsvFile(
      file: ImportFile,
      context: ImportContext,
      progress?: ImportProgress,
    ): Promise<CsvImport> {
      const tooLarge = fileSizeProblem(file, 'csv')
      if (tooLarge) return { ok: false, problems: [tooLarge] }
      progress?.(`Reading “${file.name}”…`)
      const text = await file.text()
      const known = new Set([
        ...gazetteer.map((entry) => entry.id),
        ...context.datasetActorIds,
        ...context.data.actors.map((actor) => actor.id),
      ])
      const reading = readStatementsCsv(text, context.data, known, (done, total) =>
        progress?.(`Checking row ${count(done)} of ${count(total)}…`),
      )
      return { ok: true, reading }
    },

    async readPackageFile(
      file: ImportFile,
      context: ImportContext,
      progress?: ImportProgress,
    ): Promise<PackageImport> {
      const tooLarge = fileSizeProblem(file, 'package')
      if (tooLarge) return { ok: false, problems: [tooLarge] }
      progress?.(`Reading “${file.name}”…`)
      const text = await file.text()
      progress?.('Checking the workspace in the file…')
      const reading = await readDataPackage(text, new Set(context.datasetActorIds))
      if (!reading.ok) return reading
      progress?.('Comparing it with your workspace…')
      return { ok: true, plan: planMerge(context.data, reading.data) }
    },
  }
}

export type ImportService = ReturnType<typeof createImportService>
