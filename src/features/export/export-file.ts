import { download } from '../../lib/download'
import { exportFileName, viewSlug } from '../../lib/file-name'
import { syntheticNotice } from '../../lib/synthetic-notice'
import { toCsv } from './csv'
import type { ExportRequest } from './export-request'
import { makeOpenFormatFile } from './open-formats-client'
import { exportRows } from './rows'
import { filtersObject, filtersText } from './view-filters'

/**
 * "Download what I see": makes the view's file, named now (so it carries today), and hands it to
 * the browser; says what it saved. The open formats' code comes in this chunk, not a further one:
 * a chunk loaded from a lazy chunk would preload the first paint's stylesheet, which the build
 * inlines and leaves no file of. Parquet files and data packages are made in a worker.
 */
export async function saveView(request: ExportRequest): Promise<{ name: string; rows: number }> {
  const { format } = request
  if (format === 'csv' || format === 'json') {
    const file = exportFile({ ...request, format })
    download(file.name, file.text, file.type)
    return file
  }
  const { labels, ...rest } = request
  const file = await makeOpenFormatFile({
    ...rest,
    format,
    terms: labels.terms,
    view: window.location.href,
    created: new Date(),
  })
  download(file.name, new Blob([file.bytes], { type: file.type }))
  return file
}

/** The CSV or JSON file of the view: its name, its text and its type. */
export function exportFile({
  format,
  state,
  datasetVersion,
  dataset,
  ...view
}: ExportRequest & { format: 'csv' | 'json' }) {
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
