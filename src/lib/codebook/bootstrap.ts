/**
 * A bootstrap interval for Krippendorff's alpha: the units are drawn again with replacement, as
 * many as there are, alpha is computed on each draw, and the interval is the middle 95% of the
 * alphas (the percentile method). The draws come from a seeded generator, so the same data always
 * give the same interval.
 */

/** Mulberry32: a small seeded generator of numbers in [0, 1); enough to draw units, not for secrets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type BootstrapPlan = { resamples: number; seed: number; confidence: number }

/** The plan every figure of the method page uses. */
export const bootstrapPlan: BootstrapPlan = {
  resamples: 10_000,
  seed: 20_230_920,
  confidence: 0.95,
}

/** The value at share `p` of sorted values, by linear interpolation between neighbours. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('No values to take a quantile of.')
  const at = (sorted.length - 1) * p
  const low = Math.floor(at)
  const high = Math.ceil(at)
  const lower = sorted[low] ?? 0
  const upper = sorted[high] ?? lower
  return lower + (upper - lower) * (at - low)
}

export type Interval = {
  low: number
  high: number
  /** Draws on which alpha was undefined (every value the same): left out of the interval. */
  undefinedDraws: number
}

/**
 * The percentile interval of `statistic` over resampled units; null where there are no units or
 * the statistic is undefined on every draw.
 */
export function bootstrapInterval<Unit>(
  units: readonly Unit[],
  statistic: (units: readonly Unit[]) => number | null,
  plan: BootstrapPlan = bootstrapPlan,
): Interval | null {
  if (units.length === 0) return null
  const random = seededRandom(plan.seed)
  const values: number[] = []
  const draw: Unit[] = new Array<Unit>(units.length)
  for (let resample = 0; resample < plan.resamples; resample += 1) {
    for (let i = 0; i < units.length; i += 1) {
      const unit = units[Math.floor(random() * units.length)]
      if (unit !== undefined) draw[i] = unit
    }
    const value = statistic(draw)
    if (value !== null) values.push(value)
  }
  if (values.length === 0) return null
  values.sort((x, y) => x - y)
  const tail = (1 - plan.confidence) / 2
  return {
    low: quantile(values, tail),
    high: quantile(values, 1 - tail),
    undefinedDraws: plan.resamples - values.length,
  }
}
