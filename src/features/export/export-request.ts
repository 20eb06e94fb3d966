import type { CodebookLabels } from '../../lib/labels'
import type { Actor } from '../../lib/schemas/actor'
import type { Codebook } from '../../lib/schemas/codebook'
import type { Event } from '../../lib/schemas/event'
import type { SourceSummary } from '../../lib/schemas/source'
import type { FilterState } from '../../lib/url-state/filter-state'
import type { Dataset } from '../../lib/url-state/view-state'
import type { ExportResult } from './rows'

/** The open formats, for data tools: a Frictionless Data Package and a Parquet file. */
export type OpenFormat = 'datapackage' | 'parquet'

export type ExportFormat = 'csv' | 'json' | OpenFormat

export type ExportRequest = {
  format: ExportFormat
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
