/**
 * Remembers texts made by `make`, kept by runs of 2^`bits` neighbouring positions, the runs read
 * longest ago let go once the texts held pass `budget` UTF-16 units. A search reads the same
 * statements' texts for each letter typed, and reads them in order, so whole runs are kept or
 * let go together.
 */
export function runCache(make: (at: number) => string, bits: number, budget: number) {
  const mask = (1 << bits) - 1
  // A Map iterates in the order keys were set: a run read again is set again, last.
  const runs = new Map<number, { texts: (string | undefined)[]; size: number }>()
  let held = 0
  return (at: number): string => {
    const key = at >> bits
    let run = runs.get(key)
    if (run) runs.delete(key)
    else run = { texts: [], size: 0 }
    runs.set(key, run)
    let text = run.texts[at & mask]
    if (text === undefined) {
      text = make(at)
      run.texts[at & mask] = text
      run.size += text.length
      held += text.length
      for (const [oldest, { size }] of runs) {
        if (held <= budget || oldest === key) break
        runs.delete(oldest)
        held -= size
      }
    }
    return text
  }
}
