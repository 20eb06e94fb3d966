import { useId, useState } from 'react'
import { gazetteer } from '../../lib/gazetteer/gazetteer'
import { putChange, type Change } from '../../lib/workspace/changes'
import {
  readStatementsCsv,
  resolveConflict,
  type CsvReading,
  type Resolution,
} from '../../lib/workspace/csv-import'
import { readDataPackage } from '../../lib/workspace/data-package'
import { emptyWorkspace, type WorkspaceData } from '../../lib/workspace/records'
import { LabelledInput } from '../../components/labelled-input'
import { DataTable } from '../../components/data-table'

const resolutions = ['keep-mine', 'take-theirs', 'keep-both'] as const
const resolutionLabels: Record<Resolution, string> = {
  'keep-mine': 'Keep mine',
  'take-theirs': 'Take theirs',
  'keep-both': 'Keep both',
}

export function ImportExport({
  data,
  onExport,
  onReplace,
  onApply,
}: {
  data: WorkspaceData
  onExport: () => void
  onReplace: (data: WorkspaceData) => Promise<boolean>
  onApply: (change: Change) => Promise<boolean>
}) {
  const id = useId()
  const [problems, setProblems] = useState<string[]>([])
  const [notice, setNotice] = useState<string | null>(null)
  const [reading, setReading] = useState<CsvReading | null>(null)
  const [choices, setChoices] = useState<Record<string, Resolution>>({})
  const [confirmClear, setConfirmClear] = useState(false)

  const importPackage = async (file: File | undefined) => {
    if (!file) return
    const result = await readDataPackage(await file.text())
    if (!result.ok) {
      setNotice(null)
      return setProblems(result.problems)
    }
    setProblems([])
    if (await onReplace(result.data)) setNotice(`Imported “${file.name}”.`)
  }

  const importCsv = async (file: File | undefined) => {
    if (!file) return
    const known = new Set([...gazetteer.map((entry) => entry.id), ...data.actors.map((a) => a.id)])
    const next = readStatementsCsv(await file.text(), data, known)
    setNotice(null)
    setChoices({})
    if (next.problems.length === 0 && next.conflicts.length === 0) {
      if (await onApply(putChange({ statements: next.valid })))
        setNotice(`Imported ${next.valid.length} statements.`)
      return setReading(null)
    }
    setReading(next)
  }

  const finishCsv = async () => {
    if (!reading) return
    const unresolved = reading.conflicts.filter((conflict) => !choices[conflict.incoming.id])
    if (unresolved.length > 0) {
      return setNotice(
        `Choose what to do with ${unresolved.map((conflict) => conflict.incoming.id).join(', ')} first.`,
      )
    }
    const taken = [...data.statements.map((s) => s.id), ...reading.valid.map((s) => s.id)]
    const resolved = reading.conflicts.flatMap((conflict) =>
      resolveConflict(conflict, choices[conflict.incoming.id] ?? 'keep-mine', taken),
    )
    const statements = [...reading.valid, ...resolved]
    if (await onApply(putChange({ statements }))) {
      setNotice(`Imported ${statements.length} statements.`)
      setReading(null)
    }
  }

  return (
    <section aria-labelledby="workspace-transfer" className="workspace-panel">
      <h3 id="workspace-transfer">Import and export</h3>
      <div className="workspace-actions">
        <button type="button" onClick={onExport}>
          Export the workspace
        </button>
        {confirmClear ? (
          <>
            <button
              type="button"
              onClick={() => void onReplace(emptyWorkspace).then(() => setConfirmClear(false))}
            >
              Yes, clear everything
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmClear(true)}>
            Clear the workspace
          </button>
        )}
      </div>
      <LabelledInput
        label="Import a workspace (.json)"
        type="file"
        accept=".json,application/json"
        onChange={(event) => void importPackage(event.target.files?.[0])}
      />
      <LabelledInput
        label="Import statements (.csv)"
        type="file"
        accept=".csv,text/csv"
        onChange={(event) => void importCsv(event.target.files?.[0])}
      />
      {notice && <p role="status">{notice}</p>}
      {problems.length > 0 && (
        <ul className="workspace-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {reading && (
        <div className="workspace-csv-review">
          {reading.problems.length > 0 && (
            <DataTable
              caption="Rows that could not be placed (nothing has been imported yet)"
              rows={reading.problems}
              rowKey={(problem) => `${problem.row}-${problem.field}-${problem.message}`}
              columns={[
                { key: 'row', label: 'Row', value: (problem) => problem.row },
                { key: 'field', label: 'Field', value: (problem) => problem.field },
                { key: 'problem', label: 'Problem', value: (problem) => problem.message },
              ]}
            />
          )}
          {reading.conflicts.map((conflict) => (
            <fieldset key={conflict.incoming.id}>
              <legend>“{conflict.incoming.id}” already exists in your workspace</legend>
              {resolutions.map((resolution) => (
                <label key={resolution} className="workspace-check">
                  <input
                    type="radio"
                    name={`${id}-${conflict.incoming.id}`}
                    checked={choices[conflict.incoming.id] === resolution}
                    onChange={() =>
                      setChoices((held) => ({ ...held, [conflict.incoming.id]: resolution }))
                    }
                  />{' '}
                  {resolutionLabels[resolution]}
                </label>
              ))}
            </fieldset>
          ))}
          <div className="workspace-actions">
            <button type="button" onClick={() => void finishCsv()}>
              {`Import the ${reading.valid.length + reading.conflicts.length} valid rows`}
            </button>
            <button type="button" onClick={() => setReading(null)}>
              Cancel and fix the file
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
