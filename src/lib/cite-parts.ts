import type { SourceSummary } from './schemas/source'

export const citationStyles = ['APA', 'MLA', 'Chicago', 'BibTeX', 'RIS', 'CSL-JSON'] as const
export type CitationStyle = (typeof citationStyles)[number]

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
}

export const fromIso = (iso: string) => new Date(`${iso}T00:00:00Z`)
export const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/**
 * One style's citation. `references` are shown apart (the sources, then the dashboard); `text` is
 * what "Copy" copies and what a download saves: the references as paragraphs, or the whole file.
 */
export type Citation = { references: readonly string[]; text: string }

/**
 * Every style for one thing cited; `slug` names a downloaded citation file. `notice` is set when
 * what is cited is synthetic test data, which the dialog then says before any style.
 */
export type Citations = {
  slug: string
  /** What each reference is, where a style gives them apart: "the article", "the dashboard". */
  referenceNames: readonly string[]
  styles: Record<CitationStyle, Citation>
  notice?: string
  /** Whose the notice is: synthetic test data, or the analyst's own coding. */
  noticeKind?: 'synthetic' | 'yours'
}

/** Ends a sentence with a full stop, unless it ends one already (inside a quote or not). */
export function sentence(text: string): string {
  return /[.!?][”’"]?$/.test(text) ? text : `${text}.`
}
