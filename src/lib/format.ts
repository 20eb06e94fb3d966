const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** `2023-09-20` → `20 September 2023`, the same on every machine whatever its time zone. */
export function formatDay(isoDay: string): string {
  return dayFormat.format(new Date(`${isoDay}T00:00:00Z`))
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

/** `20 Sept` for a moment in time, read in UTC: the timeline's day ticks. */
export function formatShortDayAt(time: number): string {
  return shortDayFormat.format(time)
}

export function formatShortDay(isoDay: string): string {
  return shortDayFormat.format(utcDay(isoDay))
}

// One formatter for every count: `toLocaleString` builds a new one on each call, which at a few
// thousand labels per render is most of the render.
const countFormat = new Intl.NumberFormat('en-GB')

/** `12,345`: a count as the page writes it. */
export function formatCount(count: number): string {
  return countFormat.format(count)
}
