const msPerDay = 86_400_000
// The months' English names, as a generated passage writes a day.
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** Days since 1970-01-01 for an ISO day, and back; synthetic dates are drawn as day numbers. */
export function dayNumber(isoDay: string): number {
  return Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / msPerDay)
}

const isoCache = new Map<number, string>()

export function isoDay(day: number): string {
  let text = isoCache.get(day)
  if (text === undefined) {
    text = new Date(day * msPerDay).toISOString().slice(0, 10)
    isoCache.set(day, text)
  }
  return text
}

/** `2023-09-20` → `20 September 2023`: a day as a passage writes it. */
export function writtenDay(isoDay: string): string {
  const month = months[Number(isoDay.slice(5, 7)) - 1] ?? ''
  return `${Number(isoDay.slice(8, 10))} ${month} ${isoDay.slice(0, 4)}`
}

const onDays = new Map<string, string>()

/** `on 20 September 2023`: most statements are dated so, and each day's words are made once. */
export function onDay(isoDay: string): string {
  let words = onDays.get(isoDay)
  if (words === undefined) {
    words = `on ${writtenDay(isoDay)}`
    onDays.set(isoDay, words)
  }
  return words
}
