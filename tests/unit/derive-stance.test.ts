import { expect, test } from 'vitest'
import { statements } from '../../data/statements'
import { statementsV1 } from '../../data/v1/statements'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { deriveStanceSummaryV1 } from '../../src/lib/codebook/derive-stance-v1'
import { actors } from '../../data/actors'
import { coded, sample, turkiye } from '../coded-statements'

test('an explicit stance is decisive, whatever the other statements say', () => {
  const summary = deriveStanceSummary(
    turkiye,
    coded('supports!', 'calls-on-all-sides', 'calls-on-all-sides'),
  )
  expect(summary).toMatchObject({
    status: 'derived',
    stance: 'supports',
    basis: 'decisive',
    basedOn: 1,
    range: null,
  })
  expect(summary.explanation).toBe(
    'Decisive: the article reports this stance explicitly in 1 statement. 2 other statements with a stance do not change it.',
  )
})

test('explicit stances that disagree give a mixed result', () => {
  expect(deriveStanceSummary(turkiye, coded('supports!', 'condemns!'))).toMatchObject({
    status: 'mixed',
    stance: null,
    range: { from: 'supports', to: 'condemns' },
    basis: 'decisive',
  })
})

test('three explicit stances that disagree are mixed too, not their median', () => {
  // The median of ranks 1, 2 and 4 would be "calls on all sides", a stance none of them takes alone
  // and the rule's words do not give: explicit stances that disagree are mixed, whatever their count.
  expect(
    deriveStanceSummary(turkiye, coded('supports!', 'calls-on-all-sides!', 'condemns!')),
  ).toMatchObject({
    status: 'mixed',
    stance: null,
    range: { from: 'supports', to: 'condemns' },
    basis: 'decisive',
    basedOn: 3,
  })
})

test('otherwise the median on the ordinal scale, not the most frequent stance', () => {
  // Most frequent would be "supports" (2 of 5); the median of ranks 1, 1, 2, 4, 4 is rank 2.
  const summary = deriveStanceSummary(
    turkiye,
    coded('supports', 'supports', 'calls-on-all-sides', 'condemns', 'condemns'),
  )
  expect(summary).toMatchObject({
    status: 'derived',
    stance: 'calls-on-all-sides',
    basis: 'median',
    basedOn: 5,
  })
  expect(summary.explanation).toBe(
    'Median of its 5 statements with a stance: 2 × supports, 1 × calls-on-all-sides, 2 × condemns.',
  )
})

test('an even split has no central stance: mixed, shown as the range, never tie-broken', () => {
  for (const order of [
    ['calls-on-all-sides', 'supports'],
    ['supports', 'calls-on-all-sides'],
  ] as const) {
    expect(deriveStanceSummary(turkiye, coded(...order))).toMatchObject({
      status: 'mixed',
      stance: null,
      range: { from: 'supports', to: 'calls-on-all-sides' },
      basis: 'median',
      basedOn: 2,
    })
  }
  // The range runs from the lowest to the highest rank taken, beyond the two middle stances.
  expect(
    deriveStanceSummary(turkiye, coded('supports', 'calls-on-all-sides', 'urges-halt', 'condemns'))
      .range,
  ).toEqual({ from: 'supports', to: 'condemns' })
})

test('a stance resting on one statement says so', () => {
  expect(deriveStanceSummary(turkiye, coded(null, 'urges-halt'))).toMatchObject({
    stance: 'urges-halt',
    basedOn: 1,
    explanation: 'Based on its one statement that expresses a stance.',
  })
})

test('statements without a stance do not count; none at all means no stance', () => {
  expect(deriveStanceSummary(turkiye, coded(null))).toMatchObject({
    status: 'none',
    stance: null,
    basedOn: 0,
  })
})

test('parties are never placed on the scale', () => {
  const azerbaijan = actors.find((actor) => actor.id === 'azerbaijan')!
  const summary = deriveStanceSummary(azerbaijan, [
    { ...sample, actorId: 'azerbaijan', stance: 'supports', explicitStance: true },
  ])
  expect(summary).toMatchObject({ status: 'party', stance: null })
})

test('Türkiye supports the operation by the decisive rule, its sentence counted once', () => {
  const summary = deriveStanceSummary(turkiye, statements)
  expect(summary).toMatchObject({
    status: 'derived',
    stance: 'supports',
    basis: 'decisive',
    basedOn: 1,
  })
  // One "supports" (the sentence and Erdoğan's quote together) against one "calls on all sides".
  expect(summary.stanceCounts).toMatchObject({ supports: 1, 'calls-on-all-sides': 1 })
})

test('the first dataset keeps its own rule: most frequent, a tie toward condemnation', () => {
  expect(deriveStanceSummaryV1(turkiye, statementsV1)).toMatchObject({
    stance: 'supports',
    basis: 'most-frequent',
    basedOn: 3,
  })
  expect(deriveStanceSummaryV1(turkiye, coded('calls-on-all-sides', 'urges-halt')).stance).toBe(
    'urges-halt',
  )
})

test('positions are gathered across statements, with the parties backed', () => {
  const unitedStates = actors.find((actor) => actor.id === 'united-states')!
  expect(deriveStanceSummary(unitedStates, statements).positions).toEqual(
    expect.arrayContaining([
      { dimension: 'backs-party', value: 'takes', parties: ['armenia'] },
      { dimension: 'end-fighting', value: 'takes', parties: [] },
    ]),
  )
})
