import type { SourceSummary } from './schemas/source'

/** What a citation names: the article, this dashboard at a dataset version, the view and the day. */
export type CiteContext = {
  source: SourceSummary
  datasetVersion: string
  datasetYear: string
  url: string
  accessed: Date
  /** Synthetic test data: cited as such, never as the source it was generated beside. */
  synthetic?: boolean
}

export const publisher = 'Diplomatic reactions tracker'
export const dashboardTitle = 'Reactions to Azerbaijan’s September 2023 operation in Karabakh'

/** What is cited: the article, and the dashboard (a view, or one statement of it). */
export type Cited = {
  context: CiteContext
  /** The dashboard entry's title: the dashboard itself, or the statement. */
  title: string
  url: string
  statementId: string | null
}

export const fromIso = (iso: string) => new Date(`${iso}T00:00:00Z`)
export const isoDay = (date: Date) => date.toISOString().slice(0, 10)
