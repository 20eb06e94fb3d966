import { useState } from 'react'
import { copyText } from '../../../lib/clipboard'
import { download } from '../../../lib/download'
import { exportFileName, viewSlug } from '../../../lib/file-name'
import type { CodebookLabels } from '../../../lib/labels'
import type { Actor } from '../../../lib/schemas/actor'
import type { SourceSummary } from '../../../lib/schemas/source'
import type { FilterState } from '../../../lib/url-state/filter-state'
import { toCsv } from '../csv'
import { exportRows, type ExportResult } from '../rows'
import { filtersObject, filtersText } from '../view-filters'

type Props = {
  state: FilterState
  results: readonly ExportResult[]
  actors: readonly Actor[]
  sources: readonly SourceSummary[]
  labels: CodebookLabels
  datasetVersion: string
}

const nothingId = 'export-nothing'

/** "Download what I see": the filtered statements as CSV or JSON, and a link to this view. */
export function ExportMenu({ state, results, actors, sources, labels, datasetVersion }: Props) {
  const [status, setStatus] = useState('')
  const rows = exportRows(results, { sources, actors, labels })
  const empty = rows.length === 0
  const save = (format: 'csv' | 'json') => {
    // Named when made, so the day in the name is the day of the download.
    const name = exportFileName([viewSlug(state)], format)
    if (format === 'csv') {
      download(name, toCsv(rows, filtersText(state)), 'text/csv;charset=utf-8')
    } else {
      const meta = {
        dataset: datasetVersion,
        view: window.location.href,
        filters: filtersObject(state),
        exported: new Date().toISOString(),
        statements: rows.length,
      }
      download(name, `${JSON.stringify({ meta, statements: rows }, null, 2)}\n`, 'application/json')
    }
    setStatus(`Downloaded ${rows.length} statements as ${name}.`)
  }
  return (
    <div className="export-menu">
      {(['csv', 'json'] as const).map((format) => (
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
              : save(format)
          }
        >
          Download {format.toUpperCase()}
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
