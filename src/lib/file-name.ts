import { eventFileSlug, filePrefix, fileSlug } from './file-slug'
import type { FilterState } from './url-state/filter-state'

const maxSlug = 60

/** The active filters, short: "condemns-urges-halt_state", or "all" when nothing is filtered. */
export function viewSlug(state: FilterState): string {
  const parts = [
    ...[state.stance, state.kind, state.actor, state.dimension, state.channel, state.speaker]
      .filter((values) => values.length > 0)
      .map((values) => values.map(fileSlug).join('-')),
    state.from ? `from-${state.from}` : '',
    state.to ? `to-${state.to}` : '',
    state.q.trim() ? `search-${fileSlug(state.q)}` : '',
  ].filter((part) => part !== '')
  const slug = parts.join('_')
  if (slug.length <= maxSlug) return slug || 'all'
  // Cut at a word, so a long view gives a name that still reads.
  return slug.slice(0, maxSlug).replace(/[-_][^-_]*$/, '')
}

const localDay = (date: Date) =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-')

/**
 * "reactions_karabakh-2023_condemns_2026-11-28.csv": the event (`event` is the id of the event in
 * view, or `allEvents`), what the file holds, then the day it was made (the reader's own day), so
 * files from different events, views or days never overwrite each other.
 */
export function exportFileName(
  event: string,
  parts: readonly string[],
  extension: string,
  made: Date = new Date(),
): string {
  // Each part may already hold "_"-separated pieces (a view slug); each piece is made safe.
  const what = parts.flatMap((part) => part.split('_').map(fileSlug)).filter((part) => part !== '')
  return `${[filePrefix, eventFileSlug(event), ...what, localDay(made)].join('_')}.${extension}`
}
