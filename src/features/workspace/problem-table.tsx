import { DataTable } from '../../components/data-table'
import { download } from '../../lib/download'
import type { RowProblem } from '../../lib/workspace/csv-rows'
import { formatCount } from '../../lib/format'

/** As many as a page shows at once; the rest are in the download, every one of them. */
const shown = 200

const line = (problem: RowProblem) => `Row ${problem.row}, ${problem.field}: ${problem.message}`

/**
 * Every row of a file that was not imported, by its number, field and why. A long list shows its
 * first rows and offers all of them as a text file (plain text, which no spreadsheet runs).
 */
export function ProblemTable({
  caption,
  problems,
}: {
  /** The table's caption, given how many rows the problems are in. */
  caption: (rows: string) => string
  problems: RowProblem[]
}) {
  if (problems.length === 0) return null
  const rows = new Set(problems.map((problem) => problem.row)).size
  return (
    <>
      <DataTable
        className="workspace-problem-table"
        caption={caption(formatCount(rows))}
        rows={problems.slice(0, shown)}
        rowKey={(problem) => `${problem.row}-${problem.field}-${problem.message}`}
        columns={[
          { key: 'row', label: 'Row', value: (problem) => problem.row },
          { key: 'field', label: 'Field', value: (problem) => problem.field },
          { key: 'problem', label: 'Problem', value: (problem) => problem.message },
        ]}
      />
      {problems.length > shown && (
        <p>
          The first {shown} problems are shown, of {formatCount(problems.length)}.{' '}
          <button
            type="button"
            className="workspace-secondary"
            onClick={() =>
              download('rows-not-imported.txt', problems.map(line).join('\n'), 'text/plain')
            }
          >
            Download every problem
          </button>
        </p>
      )}
    </>
  )
}
