import { allEvents } from './url-state/filter-state'

/** What every file the tracker saves starts with; the event it speaks of comes next. */
export const filePrefix = 'reactions'

/** A lowercase piece of a file name that every file system accepts: "Erdoğan" → "erdogan". */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Combining marks left by the decomposition; the dotless ı has none.
      .replace(/\p{M}/gu, '')
      .replace(/ı/g, 'i')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  )
}

/**
 * The event a file speaks of, as its name says it: the event's id, which names it shortly
 * ("karabakh-2023" for the article's), or "all-events" for a view across events.
 */
export function eventFileSlug(event: string): string {
  return event === allEvents ? 'all-events' : fileSlug(event) || 'event'
}

/** "reactions-karabakh-2023-2026-11-27.1": the start of a chart image's name, before the chart. */
export function chartFileBase(event: string, datasetVersion: string): string {
  return `${filePrefix}-${eventFileSlug(event)}-${datasetVersion}`
}
