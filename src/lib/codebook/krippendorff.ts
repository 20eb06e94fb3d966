/**
 * Krippendorff's alpha from the coincidence matrix (Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011). `units` holds, per unit, each coder's value or null where that coder
 * gave none; units with fewer than two values are not pairable and drop out.
 */
export type Level = 'nominal' | 'ordinal'

export function krippendorffAlpha(
  units: readonly (readonly (string | null)[])[],
  level: Level,
  /** For `ordinal`: every value in its order; values outside it are an error. */
  order: readonly string[] = [],
): number | null {
  const pairable = units
    .map((unit) => unit.filter((value): value is string => value !== null))
    .filter((values) => values.length >= 2)
  const values = level === 'ordinal' ? [...order] : [...new Set(pairable.flat())].sort()
  const index = new Map(values.map((value, at) => [value, at]))
  // o[c·size + k]: how often c and k are paired within a unit, each pair weighted 1 / (m_u - 1).
  const size = values.length
  const o = new Array<number>(size * size).fill(0)
  const cell = (c: number, k: number) => o[c * size + k] ?? 0
  for (const unit of pairable) {
    unit.forEach((c, i) => {
      unit.forEach((k, j) => {
        if (i === j) return
        const ci = index.get(c)
        const ki = index.get(k)
        if (ci === undefined || ki === undefined)
          throw new Error(`"${c}" or "${k}" is not on the scale.`)
        o[ci * size + ki] = cell(ci, ki) + 1 / (unit.length - 1)
      })
    })
  }
  const nc = values.map((_, c) => values.reduce((sum, __, k) => sum + cell(c, k), 0))
  const count = (c: number) => nc[c] ?? 0
  const n = nc.reduce((sum, count) => sum + count, 0)
  if (n <= 1) return null
  const delta = (c: number, k: number) => {
    if (level === 'nominal') return c === k ? 0 : 1
    const [low, high] = c < k ? [c, k] : [k, c]
    let between = 0
    for (let g = low; g <= high; g += 1) between += count(g)
    return (between - (count(c) + count(k)) / 2) ** 2
  }
  let observed = 0
  let expected = 0
  values.forEach((_, c) => {
    values.forEach((_, k) => {
      observed += cell(c, k) * delta(c, k)
      expected += count(c) * count(k) * delta(c, k)
    })
  })
  // Everyone used one value: no variation to disagree about, so alpha is undefined.
  if (expected === 0) return null
  return 1 - ((n - 1) * observed) / expected
}
