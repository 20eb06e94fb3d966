import { readCsvRecords, type RowProblem } from './csv-rows'
import {
  csvColumns,
  sourcePlaces,
  statementOfRow,
  type CsvColumn,
  type SourceMatch,
} from './csv-statement'
import type { SourceVersion, WorkspaceData, WorkspaceStatement } from './records'

export type { RowProblem } from './csv-rows'
export { csvColumns } from './csv-statement'

const requiredColumns = ['id', 'source', 'actor', 'passage', 'stance'] as const

import type { Conflict } from './resolve'

export type { Conflict, Resolution } from './resolve'
export { resolveConflict, resolveConflicts } from './resolve'
export type CsvReading = {
  valid: WorkspaceStatement[]
  problems: RowProblem[]
  conflicts: Conflict[]
  /** Columns of the file this import does not read: their cells are not imported. */
  ignoredColumns: string[]
}

/** Called every few thousand rows while a large file is checked. */
export type RowProgress = (done: number, total: number) => void
const progressEvery = 5000

/**
 * The workspace's sources by id and by title, each its newest version, built once per file, so
 * that each row finds its source at once however large the workspace.
 */
function sourceFinder(sources: readonly SourceVersion[]) {
  const byId = new Map<string, SourceVersion>()
  const byTitle = new Map<string, SourceVersion[]>()
  for (const source of sources) {
    const held = byId.get(source.id)
    if (!held || held.version < source.version) byId.set(source.id, source)
    const titled = byTitle.get(source.title)
    if (titled) titled.push(source)
    else byTitle.set(source.title, [source])
  }
  return (name: string): SourceMatch | undefined => {
    const found = byId.get(name)
    if (found) return found
    const titled = byTitle.get(name)
    if (!titled) return undefined
    const ids = [...new Set(titled.map((source) => source.id))]
    if (ids.length > 1) return { ambiguous: ids }
    return titled.reduce((newest, source) => (source.version > newest.version ? source : newest))
  }
}

/**
 * Reads statements from CSV, placing each passage and quotation in the named source's text.
 * Nothing is written here: every row that cannot be taken is named, by its number and why, and
 * the analyst sees those and the conflicts before anything is imported. Formula-like cells
 * ("=SUM(…)") are kept as typed; every export neutralises them where it writes them out.
 */
export function readStatementsCsv(
  csv: string,
  data: WorkspaceData,
  knownActorIds: ReadonlySet<string>,
  progress?: RowProgress,
): CsvReading {
  const { header, rows, problems } = readCsvRecords(csv)
  const missing = requiredColumns.filter((column) => !header.includes(column))
  const doubled = header.filter((name, at) => name && header.indexOf(name) !== at)
  if (missing.length > 0 || doubled.length > 0) {
    return {
      valid: [],
      conflicts: [],
      ignoredColumns: [],
      problems: [
        ...missing.map((column) => ({
          row: 1,
          field: column,
          message: `The column “${column}” is missing.`,
        })),
        ...[...new Set(doubled)].map((column) => ({
          row: 1,
          field: column,
          message: `The column “${column}” is named twice, so which cells to import is unclear.`,
        })),
      ],
    }
  }
  const known: readonly string[] = csvColumns
  const ignoredColumns = header.filter((name) => name && !known.includes(name))
  const columns = new Map<CsvColumn, number>(csvColumns.map((name) => [name, header.indexOf(name)]))
  const context = {
    columns,
    findSource: sourceFinder(data.sources),
    knownActorIds,
    placeIn: sourcePlaces(),
  }
  const existing = new Map(data.statements.map((statement) => [statement.id, statement]))
  const firstRowOf = new Map<string, number>()
  const valid: WorkspaceStatement[] = []
  const conflicts: Conflict[] = []

  rows.forEach(({ row, cells }, index) => {
    if (progress && index % progressEvery === 0) progress(index, rows.length)
    // An id names one statement: a later row with it is refused, whatever else it holds.
    const id = (cells[columns.get('id') ?? -1] ?? '').trim()
    const first = id ? firstRowOf.get(id) : undefined
    if (first !== undefined)
      problems.push({
        row,
        field: 'id',
        message: `Row ${first} has the same id “${id}”: an id names one statement.`,
      })
    else if (id) firstRowOf.set(id, row)
    const statement = statementOfRow(cells, row, context, problems)
    if (!statement || first !== undefined) return
    const held = existing.get(id)
    if (held) conflicts.push({ incoming: statement, existing: held })
    else valid.push(statement)
  })
  progress?.(rows.length, rows.length)
  problems.sort((a, b) => a.row - b.row)
  return { valid, problems, conflicts, ignoredColumns }
}
