import { expect, test } from 'vitest'
import { actors } from '../../mocks/data/actors'
import { statements } from '../../mocks/data/statements'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import type { Statement } from '../../src/lib/schemas/statement'

const turkiye = actors.find((actor) => actor.id === 'turkiye')!
const sample = statements.find((statement) => statement.actorId === 'turkiye')!
const withStances = (...stances: Statement['stance'][]) =>
  stances.map((stance, index) => ({ ...sample, id: `s${index}`, stance }))

test('the most frequent stance wins', () => {
  const summary = deriveStanceSummary(
    turkiye,
    withStances('supports', 'supports', 'calls-on-all-sides'),
  )
  expect(summary).toMatchObject({ status: 'derived', stance: 'supports' })
  expect(summary.explanation).toBe(
    'Derived from 3 statements that express a stance: 2 × supports, 1 × calls-on-all-sides.',
  )
})

test('a tie goes to the stance further toward condemnation', () => {
  expect(deriveStanceSummary(turkiye, withStances('calls-on-all-sides', 'urges-halt')).stance).toBe(
    'urges-halt',
  )
})

test('statements without a stance do not count; none at all means no stance', () => {
  expect(deriveStanceSummary(turkiye, withStances(null, null, 'supports')).stance).toBe('supports')
  expect(deriveStanceSummary(turkiye, withStances(null))).toMatchObject({
    status: 'none',
    stance: null,
  })
})

test('parties are never placed on the scale', () => {
  const azerbaijan = actors.find((actor) => actor.id === 'azerbaijan')!
  const summary = deriveStanceSummary(azerbaijan, [
    { ...sample, actorId: 'azerbaijan', stance: 'supports' },
  ])
  expect(summary).toMatchObject({ status: 'party', stance: null })
})

test('positions are gathered across statements, with the parties backed', () => {
  const summary = deriveStanceSummary(turkiye, statements)
  expect(summary.positions).toEqual(
    expect.arrayContaining([
      { dimension: 'backs-party', value: 'takes', parties: ['azerbaijan'] },
      { dimension: 'negotiations', value: 'takes', parties: [] },
    ]),
  )
})
