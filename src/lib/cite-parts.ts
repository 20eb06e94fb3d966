import type { SourceSummary } from './schemas/source'

/** The styles citeproc formats, each from its official CSL file, by the name readers know it by. */
export const cslStyleNames = ['APA', 'Chicago', 'MLA', 'Harvard'] as const
export type CslStyleName = (typeof cslStyleNames)[number]
/** The formats reference managers import, written from the same CSL-JSON items. */
export const fileFormats = ['BibTeX', 'RIS', 'CSL-JSON'] as const
export type FileFormat = (typeof fileFormats)[number]

/** A date as CSL-JSON writes it: year, month and day, as far as they are known. */
export type CslDate = { 'date-parts': [number, number?, number?][] }

/**
 * One reference as a CSL-JSON item, the one record of it: the styles are formatted from it by
 * citeproc, and RIS and BibTeX are written from it. Only the fields used here, as the CSL-JSON
 * schema (citation-style-language/schema, csl-data.json) names them.
 */
export type CslItem = {
  id: string
  type: 'article-newspaper' | 'dataset'
  title: string
  'container-title'?: string
  author?: { literal: string }[]
  publisher?: string
  version?: string
  genre?: string
  note?: string
  issued: CslDate
  URL?: string
  accessed?: CslDate
}

/** The event a citation speaks of, by its title. */
export type CitedEvent = { title: string }

/** What a citation names: the sources, this dashboard at a dataset version, the view and the day. */
export type CiteContext = {
  /**
   * The sources cited beside the dashboard, never empty: a statement's own source; for a view, the
   * published sources its events list, or the analyst's own where it draws on no published one.
   */
  sources: readonly SourceSummary[]
  /** The event in view (a statement's own event); null for a view across events. */
  event: CitedEvent | null
  datasetVersion: string
  datasetYear: string
  url: string
  accessed: Date
  /** Synthetic test data: cited as such, never as the source it was generated beside. */
  synthetic?: boolean
}

export const publisher = 'Diplomatic reactions tracker'
/** The dashboard's title where a view spans every event, so no one event is named. */
export const acrossEventsTitle = 'Reactions across all events'

/**
 * The dashboard's title for one event, from the event's own title: "Reactions to Azerbaijan’s
 * September 2023 operation in Karabakh and the cease-fire". A title that opens with "The" or
 * "Your" reads on in lower case ("Reactions to your sources without an event").
 */
export function dashboardTitleOf(event: CitedEvent | null): string {
  return event
    ? `Reactions to ${event.title.replace(/^(The|Your) /, (word) => word.toLowerCase())}`
    : acrossEventsTitle
}

/** What is cited: the sources, and the dashboard (a view, or one statement of it). */
export type Cited = {
  context: CiteContext
  /** The dashboard entry's title: the dashboard itself, or the statement. */
  title: string
  url: string
  statementId: string | null
  /** A chart of the view, cited as part of the dashboard: its id names the reference. */
  chartId?: string
}

/**
 * One style's citation. `references` are shown apart (the sources, then the dashboard); `text` is
 * what "Copy" copies and what a download saves: the references as paragraphs, or the whole file.
 */
export type Citation = { references: readonly string[]; text: string }

/** One style's references, with the style's own name, the `<title>` of its CSL file. */
export type FormattedStyle = { name: CslStyleName; title: string; citation: Citation }

/** References given apart, copied together as paragraphs. */
export const paragraphs = (references: readonly string[]): Citation => ({
  references,
  text: references.join('\n\n'),
})

/**
 * Everything for one thing cited: its references as CSL-JSON items, which the dialog formats in
 * each style once citeproc has loaded, and the files written from them. `slug` names a downloaded
 * citation file. `notice` is set when what is cited is synthetic test data or the analyst's own
 * coding, which the dialog then says before any style.
 */
export type Citations = {
  slug: string
  /** What each reference is, where a style gives them apart: "the article", "the dashboard". */
  referenceNames: readonly string[]
  items: readonly CslItem[]
  files: Record<FileFormat, Citation>
  notice?: string
  /** Whose the notice is: synthetic test data, or the analyst's own coding. */
  noticeKind?: 'synthetic' | 'yours'
}
