import { expect, test } from 'vitest'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { coded, turkiye } from '../coded-statements'

// The explanation under an actor's stance is what a reader is shown as the reason for it, so each
// branch of the rule is checked by its words, not only by the stance it gives.

test('explicit stances that disagree are explained as a disagreement, with the counts', () => {
  const summary = deriveStanceSummary(turkiye, coded('supports!', 'condemns!'))
  expect(summary).toMatchObject({ status: 'mixed', basis: 'decisive', basedOn: 2 })
  expect(summary.explanation).toBe(
    'Mixed: its 2 explicit stances disagree (1 × supports, 1 × condemns).',
  )
})

test('one other statement with a stance is named in the singular', () => {
  expect(deriveStanceSummary(turkiye, coded('condemns!', 'urges-halt')).explanation).toBe(
    'Decisive: the article reports this stance explicitly in 1 statement. 1 other statement with a stance does not change it.',
  )
})

test('several explicit statements that agree are counted in the plural, with nothing else', () => {
  const summary = deriveStanceSummary(turkiye, coded('urges-halt!', 'urges-halt!', null))
  expect(summary).toMatchObject({
    status: 'derived',
    stance: 'urges-halt',
    basis: 'decisive',
    basedOn: 2,
  })
  expect(summary.explanation).toBe(
    'Decisive: the article reports this stance explicitly in 2 statements.',
  )
})

test('an even split with nothing explicit is explained as having no central stance', () => {
  const summary = deriveStanceSummary(turkiye, coded('supports', 'calls-on-all-sides'))
  expect(summary.explanation).toBe(
    'Mixed: its 2 statements with a stance (1 × supports, 1 × calls-on-all-sides) have no single central stance, and none states one explicitly.',
  )
})

test('an odd count takes the middle stance, not the one next to it', () => {
  // Ranks 1, 3, 4: the middle is urges-halt; a neighbour would give calls-on-all-sides or condemns.
  for (const order of [
    ['supports', 'urges-halt', 'condemns'],
    ['condemns', 'supports', 'urges-halt'],
  ] as const) {
    expect(deriveStanceSummary(turkiye, coded(...order))).toMatchObject({
      status: 'derived',
      stance: 'urges-halt',
      range: null,
      basedOn: 3,
    })
  }
})

test('the stances are ordered by the scale, not by how they were written', () => {
  // Alphabetically "condemns" sorts first and "urges-halt" last; on the scale supports comes first.
  expect(
    deriveStanceSummary(turkiye, coded('urges-halt', 'supports', 'supports', 'condemns')),
  ).toMatchObject({ status: 'mixed', range: { from: 'supports', to: 'condemns' } })
  expect(
    deriveStanceSummary(turkiye, coded('condemns', 'urges-halt', 'urges-halt', 'supports')).stance,
  ).toBe('urges-halt')
})

test('an explicit flag on a statement without a stance decides nothing', () => {
  const statementsOf = coded('calls-on-all-sides', null)
  const flagged = statementsOf.map((statement) => ({ ...statement, explicitStance: true }))
  expect(deriveStanceSummary(turkiye, flagged)).toMatchObject({
    status: 'derived',
    stance: 'calls-on-all-sides',
    basis: 'decisive',
    basedOn: 1,
  })
})

test('only the actor’s own statements count', () => {
  const others = coded('condemns!', 'condemns!').map((statement) => ({
    ...statement,
    actorId: 'france',
  }))
  const summary = deriveStanceSummary(turkiye, [...coded('supports'), ...others])
  expect(summary).toMatchObject({ stance: 'supports', basis: 'median', basedOn: 1 })
  expect(summary.statementIds).toEqual(['s0'])
})
