import { exportFileName, viewSlug } from '../../lib/file-name'
import { syntheticNotice } from '../../lib/synthetic-notice'
import { dataPackage, packageContents, type OpenFormatRequest } from './data-package'
import type { OpenFormat } from './export-request'
import { filtersText } from './view-filters'
import { zipOf } from './zip'

/** The file's media type: Parquet's as IANA registered it (2024), and ZIP's. */
export const openFormatTypes = {
  datapackage: 'application/zip',
  parquet: 'application/vnd.apache.parquet',
} as const satisfies Record<OpenFormat, string>

/**
 * The view's statements as a file for data tools, made the same way for the page's download and
 * the API: a Frictionless Data Package (datapackage.json and its CSV files, zipped), or one
 * Parquet file. Synthetic data says so in the file's name, its `dataset` column and its metadata.
 */
export async function openFormatFile(request: OpenFormatRequest & { format: OpenFormat }) {
  const { format, state, event, dataset, created } = request
  const synthetic = dataset === 'synthetic'
  const named = (parts: string[], extension: string) =>
    `${synthetic ? 'synthetic_' : ''}${exportFileName(event, [viewSlug(state), ...parts], extension, created)}`
  if (format === 'parquet') {
    // The Parquet writer loads only for a Parquet file.
    const { statementsParquet } = await import('./parquet')
    const contents = packageContents(request)
    const bytes = statementsParquet(contents, {
      dataset,
      ...(synthetic ? { notice: syntheticNotice } : {}),
      dataset_version: request.datasetVersion,
      codebook_version: request.codebook.version,
      filters: filtersText(state),
      view: request.view,
      created: created.toISOString(),
    })
    return {
      name: named([], 'parquet'),
      rows: contents.statements.length,
      bytes,
      type: openFormatTypes.parquet,
    }
  }
  const { files, contents } = dataPackage(request)
  const encoder = new TextEncoder()
  const bytes = await zipOf(
    files.map((file) => ({ name: file.path, bytes: encoder.encode(file.text) })),
    created,
  )
  return {
    name: named(['datapackage'], 'zip'),
    rows: contents.statements.length,
    bytes,
    type: openFormatTypes.datapackage,
  }
}
