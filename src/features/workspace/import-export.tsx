import { useQuery } from '@tanstack/react-query'
import { useState, type ChangeEvent } from 'react'
import { LabelledInput } from '../../components/labelled-input'
import { actorsQueryOptions } from '../../lib/api/actors'
import { inverseChange, putChange, type Change } from '../../lib/workspace/changes'
import { countsText, workspaceCounts } from '../../lib/workspace/counts'
import type { CsvReading } from '../../lib/workspace/csv-import'
import type { RowProblem } from '../../lib/workspace/csv-rows'
import { limitsText } from '../../lib/workspace/import-limits'
import type { ImportContext } from '../../lib/workspace/import-service'
import { mergeChange, type MergePlan } from '../../lib/workspace/merge'
import { emptyWorkspace, type WorkspaceData } from '../../lib/workspace/records'
import { ClearWorkspace } from './clear-workspace'
import { CsvReview, csvSummary } from './csv-review'
import { PackageReview } from './package-review'
import { ProblemTable } from './problem-table'
import { useImport } from './use-import'
import type { Undo } from './use-workspace'

const isEmpty = (data: WorkspaceData) =>
  data.events.length + data.sources.length + data.actors.length + data.statements.length === 0

/** The file the analyst chose, and the input emptied so that choosing it again reads it again. */
function chosenFile(event: ChangeEvent<HTMLInputElement>): File | undefined {
  const file = event.target.files?.[0]
  event.target.value = ''
  return file
}

export function ImportExport({
  data,
  onExport,
  onReplace,
  onApply,
}: {
  data: WorkspaceData
  onExport: () => void
  onReplace: (data: WorkspaceData, label: string, undoLabel: string) => Promise<boolean>
  onApply: (change: Change, undo: Undo | null) => Promise<boolean>
}) {
  const [problems, setProblems] = useState<string[]>([])
  const [notice, setNotice] = useState<string | null>(null)
  const [csv, setCsv] = useState<{ name: string; reading: CsvReading } | null>(null)
  const [left, setLeft] = useState<RowProblem[]>([])
  const [pack, setPack] = useState<{ name: string; plan: MergePlan } | null>(null)
  const { progress, run, cancel } = useImport()
  const datasetActors = useQuery(actorsQueryOptions()).data
  const context = (): ImportContext => ({
    data,
    datasetActorIds: (datasetActors ?? []).map((actor) => actor.id),
  })

  const start = () => {
    setProblems([])
    setNotice(null)
    setCsv(null)
    setLeft([])
    setPack(null)
  }
  const cancelled = () => setNotice('The import was cancelled; nothing was imported.')

  /** Writes an import as one change that one Undo takes back. */
  const write = async (change: Change, words: string) => {
    const saved = await onApply(change, { label: words, change: inverseChange(data, change) })
    // Written and read back, before the page draws it: `npm run bench:import -- --browser`.
    performance.mark('workspace-import-written')
    if (saved) setNotice(words)
    return saved
  }

  const importPackage = async (file: File | undefined) => {
    if (!file) return
    start()
    const result = await run((runner, report) => runner.readPackageFile(file, context(), report))
    if (!result) return cancelled()
    if (!result.ok) return setProblems(result.problems)
    if (!isEmpty(data)) return setPack({ name: file.name, plan: result.plan })
    // Into an empty workspace, merging and replacing are the same: nothing to choose.
    await write(
      mergeChange(data, result.plan, () => 'keep-mine'),
      `Imported “${file.name}”: ${countsText(workspaceCounts(result.plan.incoming))}.`,
    )
  }

  const importCsv = async (file: File | undefined) => {
    if (!file) return
    start()
    const result = await run((runner, report) => runner.readCsvFile(file, context(), report))
    if (!result) return cancelled()
    if (!result.ok) return setProblems(result.problems)
    const { reading } = result
    const clean =
      reading.problems.length + reading.conflicts.length + reading.ignoredColumns.length === 0
    if (!clean) return setCsv({ name: file.name, reading })
    await write(
      putChange({ statements: reading.valid }),
      csvSummary(file.name, reading.valid.length, 0, 0),
    )
  }

  return (
    <section aria-labelledby="workspace-transfer" className="workspace-panel">
      <h3 id="workspace-transfer">Import and export</h3>
      <div className="workspace-actions">
        <button type="button" onClick={onExport}>
          Export the workspace
        </button>
      </div>
      <LabelledInput
        label="Import a workspace (.json)"
        type="file"
        accept=".json,application/json"
        disabled={progress !== null}
        onChange={(event) => void importPackage(chosenFile(event))}
      />
      <LabelledInput
        label="Import statements (.csv)"
        type="file"
        accept=".csv,text/csv"
        disabled={progress !== null}
        onChange={(event) => void importCsv(chosenFile(event))}
      />
      <p className="workspace-muted">{limitsText}</p>
      {progress && (
        <p className="workspace-progress">
          <span role="status">{progress}</span>{' '}
          <button type="button" className="workspace-secondary" onClick={cancel}>
            Cancel the import
          </button>
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      {problems.length > 0 && (
        <ul className="workspace-problems" role="alert">
          {problems.slice(0, 50).map((problem, index) => (
            <li key={`${index}-${problem}`}>{problem}</li>
          ))}
          {problems.length > 50 && <li>{`… and ${problems.length - 50} more.`}</li>}
        </ul>
      )}
      <ProblemTable caption={(rows) => `Rows that were not imported: ${rows}`} problems={left} />
      {csv && (
        <CsvReview
          file={csv.name}
          reading={csv.reading}
          takenIds={() => data.statements.map((statement) => statement.id)}
          onCancel={() => setCsv(null)}
          onImport={async (statements, summary) => {
            if (await write(putChange({ statements }), summary)) {
              setLeft(csv.reading.problems)
              setCsv(null)
            }
          }}
        />
      )}
      {pack && (
        <PackageReview
          name={pack.name}
          plan={pack.plan}
          current={data}
          onCancel={() => setPack(null)}
          onMerge={async (change) => {
            if (await write(change, `Merged “${pack.name}” into your workspace.`)) setPack(null)
          }}
          onReplace={async () => {
            const removed = countsText(workspaceCounts(data))
            const words = `Replaced your workspace with “${pack.name}”: removed ${removed}.`
            if (await onReplace(pack.plan.incoming, words, 'Undo the import')) {
              setNotice(words)
              setPack(null)
            }
          }}
        />
      )}
      <ClearWorkspace
        data={data}
        onExport={onExport}
        onClear={(label) => onReplace(emptyWorkspace, label, 'Undo clearing')}
      />
    </section>
  )
}
