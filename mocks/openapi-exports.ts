import { exportFiles } from './handlers/exports'
import { readPath } from './openapi-read'
import { statementParameters } from './openapi-statements'
import { openFormatTypes } from '../src/features/export/open-formats'

// The files for data tools take the statement filters, not the paging of `/api/statements`.
const filterParameters = statementParameters.filter((parameter) => 'x-filters' in parameter)

const about = {
  datapackage:
    'The statements the same filters find, as a Frictionless Data Package (Data Package 2.0), zipped: datapackage.json, with a Table Schema for each table (types, date formats, the codebook’s closed lists as enums, primary and foreign keys), its licence and sources, and statements.csv, quotes.csv, positions.csv, addressees.csv, actors.csv and events.csv. The page’s “Download data package” makes the same file.',
  parquet:
    'The statements the same filters find, as one Parquet file: the columns of the data package’s statements.csv with their types (days as DATE, offsets as INT32), and quotes, positions and addressees as lists. Its key-value metadata names the dataset, the filters and the view. The page’s “Download Parquet” makes the same file.',
}

/** `/api/export/…` for the OpenAPI document: each file, its filters and its media type. */
export const exportPaths = Object.fromEntries(
  Object.entries(exportFiles).map(([path, format]) => [
    `/api/export/${path}`,
    readPath({
      name: format === 'parquet' ? 'ExportParquet' : 'ExportDataPackage',
      summary: about[format],
      content: { [openFormatTypes[format]]: { schema: { type: 'string', format: 'binary' } } },
      parameters: filterParameters,
      headers: ['Content-Disposition'],
    }),
  ]),
)
