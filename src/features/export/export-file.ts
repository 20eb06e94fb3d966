import { exportFileName, viewSlug } from '../../lib/file-name'
import type { CodebookLabels } from '../../lib/labels'
import type { Actor } from '../../lib/schemas/actor'
import type { Codebook } from '../../lib/schemas/codebook'
import type { Event } from '../../lib/schemas/event'
import type { SourceSummary } from '../../lib/schemas/source'
import { syntheticNotice } from '../../lib/synthetic-notice'
import type { FilterState } from '../../lib/url-state/filter-state'
import type { Dataset } from '../../lib/url-state/view-state'
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
  codebook: Codebook
  events: readonly Event[]
  /** The id of the event in view, or `allEvents`: the file is named by it. */
  event: string
  datasetVersion: string
  dataset: Dataset
}

/** The file "Download what I see" saves: its name (made now, so it carries today), text and type. */
export function exportFile({ format, state, datasetVersion, dataset, ...view }: ExportRequest) {
  const rows = exportRows(view.results, view)
  const synthetic = dataset === 'synthetic'
  // Synthetic data is named so in the file's name, so a download never passes for the article's.
  const name = `${synthetic ? 'synthetic_' : ''}${exportFileName(view.event, [viewSlug(state)], format)}`
  if (format === 'csv') {
    return {
      name,
      rows: rows.length,
      text: toCsv(rows, filtersText(state), synthetic ? 'synthetic' : null),
      type: 'text/csv;charset=utf-8',
    }
  }
  const meta = {
    ...(synthetic
      ? { dataset: 'synthetic', notice: syntheticNotice, datasetVersion }
      : { dataset: datasetVersion }),
    view: window.location.href,
    filters: filtersObject(state),
    exported: new Date().toISOString(),
    statements: rows.length,
  }
  const text = `${JSON.stringify({ meta, statements: rows }, null, 2)}\n`
  return { name, rows: rows.length, text, type: 'application/json' }
}
