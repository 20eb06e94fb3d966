const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

// Each day is written once: the event picker alone names hundreds of events' days on every render
// at scale, and formatting a date costs far more than looking it up.
const daysWritten = new Map<string, string>()

/** `2023-09-20` → `20 September 2023`, the same on every machine whatever its time zone. */
export function formatDay(isoDay: string): string {
  const known = daysWritten.get(isoDay)
  if (known !== undefined) return known
  const words = dayFormat.format(new Date(`${isoDay}T00:00:00Z`))
  daysWritten.set(isoDay, words)
  return words
}

const weekdayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const shortDayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
})

const utcDay = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`)

/** `Wednesday 20 September 2023`, or `19–20 Sep 2023` for a statement the article does not date. */
export function formatStatementDay(date: { earliest: string; latest: string }): string {
  if (date.earliest === date.latest)
    return weekdayFormat.format(utcDay(date.earliest)).replace(',', '')
  const year = date.latest.slice(0, 4)
  return `${shortDayFormat.format(utcDay(date.earliest))} – ${shortDayFormat.format(utcDay(date.latest))} ${year}`
}

/**
 * A statement's day as the page shows it: with its weekday where the source words the day, and
 * without one where it gives none, so no weekday stands beside “no day given”.
 */
export function formatStatementDate(date: {
  earliest: string
  latest: string
  asWritten: string | null
}): string {
  if (date.asWritten) return `${formatStatementDay(date)} (“${date.asWritten}”)`
  const day = date.earliest === date.latest ? formatDay(date.earliest) : formatStatementDay(date)
  return `${day} (no day given)`
}

/** `20 Sept` for a moment in time, read in UTC: the timeline's day ticks. */
export function formatShortDayAt(time: number): string {
  return shortDayFormat.format(time)
}

export function formatShortDay(isoDay: string): string {
  return shortDayFormat.format(utcDay(isoDay))
}

// One formatter for every count: `toLocaleString` builds a new one on each call, which on a
// phone costs more than the charts' whole description.
const countFormat = new Intl.NumberFormat('en-GB')

/** `12,345`: a count as the page writes it. */
export const formatCount = (count: number): string => countFormat.format(count)

/** `1 statement`, `12,345 statements`: a count and its word, `many` where not simply `one` + s. */
export const countOf = (count: number, one: string, many = `${one}s`): string =>
  `${formatCount(count)} ${count === 1 ? one : many}`
