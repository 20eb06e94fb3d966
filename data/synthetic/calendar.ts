const msPerDay = 86_400_000

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
