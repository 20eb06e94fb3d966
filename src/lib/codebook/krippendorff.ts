/**
 * Krippendorff's alpha from the coincidence matrix (Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011). `units` holds, per unit, each coder's value or null where that coder
 * gave none; units with fewer than two values are not pairable and drop out.
 */
export type Level = 'nominal' | 'ordinal'

/** A pairable unit's share of the coincidence matrix: (row, column, weight) triples, flattened. */
export type PreparedUnit = readonly number[]

/**
 * Prepares the units once, so that alpha can be computed again on any resample of them (the
 * bootstrap) without reading the values afresh. `alpha(units)` gives alpha on the prepared units;
 * `alpha(drawn)` on a draw of them.
 */
export function prepareAlpha(
  units: readonly (readonly (string | null)[])[],
  level: Level,
  /** For `ordinal`: every value in its order; values outside it are an error, but for `outside`. */
  order: readonly string[] = [],
  /**
   * For `ordinal`: one value that is not on the scale but is a coder's answer ("not placed"). It
   * counts as far from every value on the scale as the scale's two ends are from each other, so a
   * unit one coder placed and the other did not is the widest disagreement the scale has.
   */
  outside?: string,
): { units: PreparedUnit[]; alpha: (drawn: readonly PreparedUnit[]) => number | null } {
  const pairable = units
    .map((unit) => unit.filter((value): value is string => value !== null))
    .filter((values) => values.length >= 2)
  const values =
    level === 'ordinal'
      ? [...order, ...(outside === undefined ? [] : [outside])]
      : [...new Set(pairable.flat())].sort()
  const index = new Map(values.map((value, at) => [value, at]))
  const at = (value: string) => {
    const found = index.get(value)
    if (found === undefined) throw new Error(`"${value}" is not on the scale.`)
    return found
  }
  // Each ordered pair of values within a unit, weighted 1 / (m_u - 1).
  const prepared = pairable.map((unit) =>
    unit.flatMap((c, i) =>
      unit.flatMap((k, j) => (i === j ? [] : [at(c), at(k), 1 / (unit.length - 1)])),
    ),
  )
  const size = values.length
  const onScale = level === 'ordinal' ? order.length : size
  const o = new Float64Array(size * size)
  const nc = new Float64Array(size)
  // Running totals of the marginals, so an ordinal distance is read in constant time.
  const below = new Float64Array(size + 1)
  const delta = (c: number, k: number): number => {
    if (c === k) return 0
    if (level === 'nominal') return 1
    // The outside value sits after the scale; its distance to anything is the scale's full width.
    if (c >= onScale || k >= onScale) return delta(0, onScale - 1)
    const [low, high] = c < k ? [c, k] : [k, c]
    const between = (below[high + 1] ?? 0) - (below[low] ?? 0)
    return (between - ((nc[c] ?? 0) + (nc[k] ?? 0)) / 2) ** 2
  }
  const alpha = (drawn: readonly PreparedUnit[]): number | null => {
    o.fill(0)
    for (const unit of drawn) {
      for (let t = 0; t < unit.length; t += 3) {
        const cell = (unit[t] ?? 0) * size + (unit[t + 1] ?? 0)
        o[cell] = (o[cell] ?? 0) + (unit[t + 2] ?? 0)
      }
    }
    let n = 0
    for (let c = 0; c < size; c += 1) {
      let sum = 0
      for (let k = 0; k < size; k += 1) sum += o[c * size + k] ?? 0
      nc[c] = sum
      below[c + 1] = (below[c] ?? 0) + sum
      n += sum
    }
    if (n <= 1) return null
    let observed = 0
    let expected = 0
    if (level === 'nominal') {
      // δ is 1 off the diagonal: the sums reduce to what lies off it.
      for (let c = 0; c < size; c += 1) {
        const count = nc[c] ?? 0
        observed += count - (o[c * size + c] ?? 0)
        expected += count * (n - count)
      }
    } else {
      for (let c = 0; c < size; c += 1) {
        for (let k = 0; k < size; k += 1) {
          const distance = delta(c, k)
          observed += (o[c * size + k] ?? 0) * distance
          expected += (nc[c] ?? 0) * (nc[k] ?? 0) * distance
        }
      }
    }
    // Everyone used one value: no variation to disagree about, so alpha is undefined.
    if (expected === 0) return null
    return 1 - ((n - 1) * observed) / expected
  }
  return { units: prepared, alpha }
}

/** Krippendorff's alpha of the units, at the given level of measurement. */
export function krippendorffAlpha(
  units: readonly (readonly (string | null)[])[],
  level: Level,
  order: readonly string[] = [],
  outside?: string,
): number | null {
  const prepared = prepareAlpha(units, level, order, outside)
  return prepared.alpha(prepared.units)
}
