import { useState } from 'react'
import type { CsvReading } from '../../lib/workspace/csv-import'
import { resolveConflicts, type Conflict } from '../../lib/workspace/resolve'
import type { WorkspaceStatement } from '../../lib/workspace/records'
import { useConflictChoices, type ConflictWords } from './conflict-choice'
import { ProblemTable } from './problem-table'
import { countOf, formatCount } from '../../lib/format'

const rowsText = (count: number) => countOf(count, 'row')

/** What an import of statements did, in words: nothing it left out goes unsaid. */
export function csvSummary(
  file: string,
  written: number,
  keptMine: number,
  notImported: number,
): string {
  return [
    `Imported ${countOf(written, 'statement')} from “${file}”.`,
    keptMine > 0 && `Kept your own statement for ${rowsText(keptMine)} whose id you already had.`,
    notImported > 0 && `${rowsText(notImported)} could not be imported; they are listed below.`,
  ]
    .filter(Boolean)
    .join(' ')
}

const words: ConflictWords<Conflict> = {
  keyOf: (conflict) => conflict.incoming.id,
  nameOf: (conflict) => conflict.incoming.id,
  legendOf: (conflict) => `“${conflict.incoming.id}” already exists in your workspace`,
  optionsOf: () => ['keep-mine', 'take-theirs', 'keep-both'],
}

/**
 * A file of statements before it is imported: the rows that cannot be taken, by number and why,
 * and each id the workspace already has, resolved one by one. Nothing is written until the
 * analyst imports what can be.
 */
export function CsvReview({
  file,
  reading,
  takenIds,
  onImport,
  onCancel,
}: {
  file: string
  reading: CsvReading
  takenIds: () => Iterable<string>
  onImport: (statements: WorkspaceStatement[], summary: string) => Promise<void>
  onCancel: () => void
}) {
  const { valid, conflicts, problems, ignoredColumns } = reading
  const { list, choiceOf, unresolved } = useConflictChoices(conflicts, words)
  const [open, setOpen] = useState<string | null>(null)

  const finish = async () => {
    const still = unresolved()
    setOpen(still)
    if (still) return
    const resolved = resolveConflicts(conflicts, (conflict) => choiceOf(conflict) ?? 'keep-mine', [
      ...takenIds(),
      ...valid.map((statement) => statement.id),
    ])
    const statements = [...valid, ...resolved]
    const notImported = new Set(problems.map((problem) => problem.row)).size
    await onImport(
      statements,
      csvSummary(file, statements.length, conflicts.length - resolved.length, notImported),
    )
  }

  const ignored = ignoredColumns.map((name) => `“${name}”`).join(', ')
  return (
    <div className="workspace-csv-review">
      <ProblemTable
        caption={(rows) => `Rows that cannot be imported: ${rows} (nothing has been imported yet)`}
        problems={problems}
      />
      {ignoredColumns.length > 0 && (
        <p>
          {ignoredColumns.length === 1
            ? `The column ${ignored} is not one the workspace keeps: its cells are not imported.`
            : `The columns ${ignored} are not ones the workspace keeps: their cells are not imported.`}
        </p>
      )}
      {list}
      {open && <p role="alert">{open}</p>}
      <div className="workspace-actions">
        <button type="button" onClick={() => void finish()}>
          {`Import the ${formatCount(valid.length + conflicts.length)} valid rows`}
        </button>
        <button type="button" className="workspace-secondary" onClick={onCancel}>
          Cancel and fix the file
        </button>
      </div>
    </div>
  )
}
