import { exportFileName, viewSlug } from '../../lib/file-name'
import type { CodebookLabels } from '../../lib/labels'
import type { Actor } from '../../lib/schemas/actor'
import type { SourceSummary } from '../../lib/schemas/source'
import type { FilterState } from '../../lib/url-state/filter-state'
import { toCsv } from './csv'
import { exportRows, type ExportResult } from './rows'
import { filtersObject, filtersText } from './view-filters'

export type ExportRequest = {
  format: 'csv' | 'json'
  state: FilterState
  results: readonly ExportResult[]
  actors: readonly Actor[]
  sources: readonly SourceSummary[]
  labels: CodebookLabels
  datasetVersion: string
}

/** The file "Download what I see" saves: its name (made now, so it carries today), text and type. */
export function exportFile({ format, state, datasetVersion, ...view }: ExportRequest) {
  const rows = exportRows(view.results, view)
  const name = exportFileName([viewSlug(state)], format)
  if (format === 'csv') {
    return {
      name,
      rows: rows.length,
      text: toCsv(rows, filtersText(state)),
      type: 'text/csv;charset=utf-8',
    }
  }
  const meta = {
    dataset: datasetVersion,
    view: window.location.href,
    filters: filtersObject(state),
    exported: new Date().toISOString(),
    statements: rows.length,
  }
  const text = `${JSON.stringify({ meta, statements: rows }, null, 2)}\n`
  return { name, rows: rows.length, text, type: 'application/json' }
}
