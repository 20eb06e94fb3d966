import { expect, test } from 'vitest'
import { krippendorffAlpha } from '../../src/lib/codebook/krippendorff'

/** Rows are coders, columns units, as the paper prints them; "." is a missing value. */
const units = (...coders: string[]) => {
  const rows = coders.map((row) => row.split(' ').map((value) => (value === '.' ? null : value)))
  return rows[0]!.map((_, unit) => rows.map((row) => row[unit] ?? null))
}

// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section A: two observers,
// binary data, ten units. The paper gives alpha = 0.095.
test('textbook: two coders, binary data', () => {
  const alpha = krippendorffAlpha(units('0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0'), 'nominal')
  expect(alpha).toBeCloseTo(0.095, 3)
})

// The same paper, section C: four observers, values 1-5, twelve units with missing values. It
// gives alpha = 0.743 for nominal data and 0.815 for ordinal data.
const fourCoders = units(
  '1 2 3 3 2 1 4 1 2 . . .',
  '1 2 3 3 2 2 4 1 2 5 . 3',
  '. 3 3 3 2 3 4 2 2 5 1 .',
  '1 2 3 3 2 4 4 1 2 5 1 .',
)

test('textbook: four coders with missing values, nominal', () => {
  expect(krippendorffAlpha(fourCoders, 'nominal')).toBeCloseTo(0.743, 3)
})

test('textbook: four coders with missing values, ordinal', () => {
  expect(krippendorffAlpha(fourCoders, 'ordinal', ['1', '2', '3', '4', '5'])).toBeCloseTo(0.815, 3)
})

// By hand, from the coincidence matrix: units (a,a), (a,b), (b,b) give o_aa = 2, o_ab = o_ba = 1,
// o_bb = 2; n_a = n_b = 3, n = 6. Observed disagreement D_o = (1 + 1) / 6 = 1/3; expected
// D_e = (3·3 + 3·3) / (6·5) = 3/5; alpha = 1 - (1/3) / (3/5) = 4/9.
test('by hand: three units, two coders, one disagreement', () => {
  expect(krippendorffAlpha(units('a a b', 'a b b'), 'nominal')).toBeCloseTo(4 / 9, 10)
})

test('ordinal alpha weighs a near miss less than a far one', () => {
  const order = ['1', '2', '3']
  const near = krippendorffAlpha(units('1 1 2 3 3', '1 2 2 3 3'), 'ordinal', order)
  const far = krippendorffAlpha(units('1 1 2 3 3', '1 3 2 3 3'), 'ordinal', order)
  expect(near).toBeGreaterThan(far ?? 1)
})

test('no variation at all leaves alpha undefined, not perfect', () => {
  expect(krippendorffAlpha(units('a a a', 'a a a'), 'nominal')).toBeNull()
})

// "Not placed" beside an ordinal scale: units (a, a), (b, b), (a, X), scale a < b, X outside it.
// n_a = 3, n_b = 2, n_X = 1, n = 6. δ(a, b) = (5 - 5/2)² = 6.25, and X is as far from a and b
// as a is from b. Observed Σ o·δ = 2·6.25; expected Σ n_c·n_k·δ = 2·6.25·(6 + 3 + 2);
// alpha = 1 - 5·12.5 / 137.5 = 6/11.
test('by hand: a value outside the ordinal scale counts as the scale’s full width away', () => {
  const placed = units('a b a', 'a b X')
  expect(krippendorffAlpha(placed, 'ordinal', ['a', 'b'], 'X')).toBeCloseTo(6 / 11, 10)
  expect(() => krippendorffAlpha(placed, 'ordinal', ['a', 'b'])).toThrow(/not on the scale/)
})

test('a miss against "not placed" weighs as much as the far ends of the scale', () => {
  const order = ['1', '2', '3']
  const farEnds = krippendorffAlpha(units('1 1 2 3 3', '1 3 2 3 3'), 'ordinal', order, 'X')
  const notPlaced = krippendorffAlpha(units('1 1 2 3 3', '1 X 2 3 3'), 'ordinal', order, 'X')
  const near = krippendorffAlpha(units('1 1 2 3 3', '1 2 2 3 3'), 'ordinal', order, 'X')
  expect(notPlaced).toBeLessThan(near ?? 1)
  expect(notPlaced).toBeLessThan(1)
  expect(farEnds).toBeLessThan(near ?? 1)
})
