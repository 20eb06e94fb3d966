import { useState } from 'react'
import { copyText } from '../../../lib/clipboard'
import { useLabels, useSharedView } from '../../../lib/view/shared-view'
import type { ExportFormat, ExportRequest } from '../export-request'

/** What the view shows beyond the shared view; the file's format is chosen by the button pressed. */
type Props = Pick<ExportRequest, 'results' | 'sources' | 'datasetVersion' | 'codebook'>

const nothingId = 'export-nothing'

/** Each file's button: a spreadsheet's and a program's, then the open formats for data tools. */
const formats: readonly (readonly [ExportFormat, string])[] = [
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['parquet', 'Parquet'],
  ['datapackage', 'data package'],
]

/**
 * "Download what I see": the filtered statements as CSV, JSON, Parquet or a data package, and a
 * link to this view.
 */
export function ExportMenu(shown: Props) {
  const { filters, actors, view, events, event } = useSharedView()
  const labels = useLabels()
  const [status, setStatus] = useState('')
  const empty = shown.results.every((result) => result.statements.length === 0)
  // The file-making code loads with the first download, not with the page.
  const save = async (format: ExportFormat) => {
    setStatus('Preparing the file…')
    try {
      const { saveView } = await import('../export-file')
      const file = await saveView({
        ...shown,
        state: filters,
        actors,
        labels,
        events,
        event,
        dataset: view.dataset,
        format,
      })
      setStatus(`Downloaded ${file.rows} statements as ${file.name}.`)
    } catch (error) {
      // A chunk that failed to load (an update, a dropped connection) or a file that could not be
      // made: the reader is told, and the button tries again.
      const reason = error instanceof Error ? ` (${error.message})` : ''
      setStatus(`The file could not be made${reason}. Nothing was downloaded; try again.`)
    }
  }
  return (
    <div className="export-menu">
      {formats.map(([format, name]) => (
        <button
          key={format}
          type="button"
          className="link-button"
          // Still focusable while there is nothing to download, so the reason can be found.
          aria-disabled={empty || undefined}
          aria-describedby={empty ? nothingId : undefined}
          onClick={() =>
            empty
              ? setStatus('Nothing to download: no statement matches these filters.')
              : void save(format)
          }
        >
          Download {name}
        </button>
      ))}
      {empty && (
        <span id={nothingId} className="export-nothing">
          Nothing to download: no statement matches these filters.
        </span>
      )}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const link = window.location.href
          void copyText(link).then((copied) =>
            setStatus(
              copied
                ? 'Copied the link to this view.'
                : `Copying is blocked here; the link is ${link}`,
            ),
          )
        }}
      >
        Copy link
      </button>
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  )
}
