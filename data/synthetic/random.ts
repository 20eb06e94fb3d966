/**
 * A small seeded generator (mulberry32): the same seed gives the same sequence on every engine,
 * so a synthetic corpus is reproducible from its seed and size alone.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  /** An index drawn with probability proportional to its weight. */
  weighted: (cumulative: Float64Array) => number
  chance: (probability: number) => boolean
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('Cannot pick from an empty list.')
      return item
    },
    weighted: (cumulative) => {
      const total = cumulative[cumulative.length - 1] ?? 0
      const target = next() * total
      // Binary search: the first index whose running total passes the target.
      let low = 0
      let high = cumulative.length - 1
      while (low < high) {
        const middle = (low + high) >>> 1
        if ((cumulative[middle] ?? 0) > target) high = middle
        else low = middle + 1
      }
      return low
    },
    chance: (probability) => next() < probability,
  }
}

/** Running totals of the weights, for `Random.weighted`. */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const cumulative = new Float64Array(weights.length)
  let total = 0
  weights.forEach((weight, index) => {
    total += weight
    cumulative[index] = total
  })
  return cumulative
}
