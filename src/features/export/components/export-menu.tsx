import type { ActorResult } from '../../../lib/statements/apply-filters'
import { useState } from 'react'
import { copyText } from '../../../lib/clipboard'
import { download } from '../../../lib/download'
import type { SourceSummary } from '../../../lib/schemas/source'
import { exportRows, toCsv } from '../rows'

type Props = {
  results: readonly Pick<ActorResult, 'actor' | 'statements'>[]
  sources: readonly SourceSummary[]
  datasetVersion: string
}

/** "Download what I see": the filtered statements as CSV or JSON, and a link to this view. */
export function ExportMenu({ results, sources, datasetVersion }: Props) {
  const [status, setStatus] = useState('')
  const rows = exportRows(results, sources)
  const base = `karabakh-reactions-${datasetVersion}`
  return (
    <div className="export-menu">
      <button
        type="button"
        className="link-button"
        onClick={() => {
          download(`${base}.csv`, toCsv(rows), 'text/csv;charset=utf-8')
          setStatus(`Downloaded ${rows.length} statements as CSV.`)
        }}
      >
        Download CSV
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const body = { dataset: datasetVersion, view: window.location.href, statements: rows }
          download(`${base}.json`, `${JSON.stringify(body, null, 2)}\n`, 'application/json')
          setStatus(`Downloaded ${rows.length} statements as JSON.`)
        }}
      >
        Download JSON
      </button>
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
