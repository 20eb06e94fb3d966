import { expect, test } from 'vitest'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { coded, turkiye } from '../coded-statements'

// The codebook's derivation rule (docs/codebook.md, “Deriving an actor’s stance”) as a table:
// each row is a set of statements (a trailing ! marks an explicit stance) and what the rule's
// words give for them. Ranks: supports 1, calls-on-all-sides 2, urges-halt 3, condemns 4.
const S = 'supports'
const A = 'calls-on-all-sides'
const U = 'urges-halt'
const C = 'condemns'

test.each([
  // Decisive: explicit stances decide where they agree, whatever else is said.
  ['one explicit', [`${C}!`], { stance: C, basis: 'decisive' }],
  ['one explicit against two others', [`${S}!`, C, C], { stance: S, basis: 'decisive' }],
  ['two explicit that agree', [`${U}!`, `${U}!`, S], { stance: U, basis: 'decisive' }],
  // Explicit stances that disagree are mixed, in any number, from the lowest rank to the highest.
  ['two explicit that disagree', [`${S}!`, `${C}!`], { range: [S, C], basis: 'decisive' }],
  [
    'three explicit, two agreeing',
    [`${S}!`, `${C}!`, `${C}!`],
    { range: [S, C], basis: 'decisive' },
  ],
  [
    'three explicit, all different',
    [`${A}!`, `${U}!`, `${C}!`],
    { range: [A, C], basis: 'decisive' },
  ],
  [
    'two explicit disagreeing among others',
    [`${A}!`, `${U}!`, S, S],
    { range: [A, U], basis: 'decisive' },
  ],
  // Median: no explicit stance, an odd count: the middle rank, not the most frequent.
  ['one statement', [A], { stance: A, basis: 'median' }],
  ['three, median not mode', [S, S, U, C, C], { stance: U, basis: 'median' }],
  ['three in a row', [S, A, U], { stance: A, basis: 'median' }],
  // Median of an even count: where the two middle stances agree, that stance; else mixed.
  ['four, middle two agree', [S, U, U, C], { stance: U, basis: 'median' }],
  ['two that differ', [S, A], { range: [S, A], basis: 'median' }],
  ['four, middle two differ', [S, A, U, C], { range: [S, C], basis: 'median' }],
  // Statements without a stance do not count.
  ['a statement without a stance beside one with', [null, U], { stance: U, basis: 'median' }],
] as const)('%s', (_, codes, expected) => {
  const summary = deriveStanceSummary(turkiye, coded(...codes))
  expect(summary.basis).toBe(expected.basis)
  if ('stance' in expected) {
    expect(summary).toMatchObject({ status: 'derived', stance: expected.stance, range: null })
  } else {
    const [from, to] = expected.range
    expect(summary).toMatchObject({ status: 'mixed', stance: null, range: { from, to } })
  }
})

test('statements that carry no stance leave the actor unplaced', () => {
  expect(deriveStanceSummary(turkiye, coded(null, null))).toMatchObject({
    stance: null,
    range: null,
  })
})
