import { expect, test } from 'vitest'
import {
  bootstrapInterval,
  bootstrapPlan,
  quantile,
  seededRandom,
} from '../../src/lib/codebook/bootstrap'
import { krippendorffAlpha, prepareAlpha } from '../../src/lib/codebook/krippendorff'

test('the generator is seeded: one seed, one sequence, every number in [0, 1)', () => {
  const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed))
  expect(take(7)).toEqual(take(7))
  expect(take(7)).not.toEqual(take(8))
  const many = Array.from({ length: 10_000 }, seededRandom(1))
  expect(Math.min(...many)).toBeGreaterThanOrEqual(0)
  expect(Math.max(...many)).toBeLessThan(1)
  // Roughly uniform: each tenth of [0, 1) holds about a tenth of the draws.
  for (let tenth = 0; tenth < 10; tenth += 1) {
    const share = many.filter((x) => Math.floor(x * 10) === tenth).length / many.length
    expect(share).toBeGreaterThan(0.09)
    expect(share).toBeLessThan(0.11)
  }
})

test('quantiles interpolate between neighbours, as R’s default (type 7) does', () => {
  // R: quantile(c(1, 2, 3, 4), c(0.025, 0.5, 0.975)) gives 1.075, 2.5, 3.925.
  expect(quantile([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 10)
  expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 10)
  expect(quantile([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 10)
  expect(quantile([5], 0.3)).toBe(5)
  expect(() => quantile([], 0.5)).toThrow()
})

test('the interval is the middle 95% of the statistic over resampled units', () => {
  // Two units, 0 and 1: a draw's mean is 0, ½ or 1 with chances ¼, ½, ¼, so the 2.5th
  // percentile is 0 and the 97.5th is 1.
  const mean = (units: readonly number[]) => units.reduce((sum, x) => sum + x, 0) / units.length
  expect(bootstrapInterval([0, 1], mean)).toEqual({ low: 0, high: 1, undefinedDraws: 0 })
  // One unit: every draw is the same.
  expect(bootstrapInterval([3], mean)).toEqual({ low: 3, high: 3, undefinedDraws: 0 })
  expect(bootstrapInterval([], mean)).toBeNull()
  expect(bootstrapInterval([1, 2], () => null)).toBeNull()
  expect(bootstrapPlan).toEqual({ resamples: 10_000, seed: 20_230_920, confidence: 0.95 })
})

// Krippendorff (2011), section A: two observers, binary data, ten units, alpha = 0.095.
const binary = [
  ['0', '1'],
  ['1', '1'],
  ['0', '1'],
  ['0', '0'],
  ['0', '0'],
  ['0', '1'],
  ['0', '0'],
  ['0', '0'],
  ['1', '0'],
  ['0', '0'],
]

test('alpha on a resample equals alpha on the same units written out', () => {
  const prepared = prepareAlpha(binary, 'nominal')
  const picks = [0, 0, 3, 8, 8, 8, 1, 5, 9, 2]
  const drawn = picks.map((at) => prepared.units[at] ?? [])
  const written = picks.map((at) => binary[at] ?? [])
  expect(prepared.alpha(drawn)).toBeCloseTo(krippendorffAlpha(written, 'nominal') ?? NaN, 12)
})

test('the textbook’s alpha lies inside its interval, which narrows as units are added', () => {
  const interval = (units: string[][]) => {
    const prepared = prepareAlpha(units, 'nominal')
    return bootstrapInterval(prepared.units, prepared.alpha)
  }
  const ten = interval(binary)
  expect(ten?.low).toBeLessThan(0.095)
  expect(ten?.high).toBeGreaterThan(0.095)
  const hundred = interval(Array.from({ length: 10 }, () => binary).flat())
  expect(hundred?.low).toBeLessThan(0.095)
  expect(hundred?.high).toBeGreaterThan(0.095)
  expect((hundred?.high ?? 0) - (hundred?.low ?? 0)).toBeLessThan(
    ((ten?.high ?? 0) - (ten?.low ?? 0)) / 2,
  )
})
