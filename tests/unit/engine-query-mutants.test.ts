import { expect, test } from 'vitest'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createEngine } from '../../src/lib/engine/query'
import { shownActors } from '../../src/lib/engine/results'
import { emptyEngineQuery, type EngineQuery } from '../../src/lib/engine/types'
import { stanceIds } from '../../src/lib/vocabulary'
import { articleData } from './engine-fixtures'

const engine = createEngine(buildIndex(articleData))
const run = (query: Partial<EngineQuery>) => {
  const result = engine.query({ ...emptyEngineQuery, ...query })
  const cards = shownActors(engine.index, result)
  return { result, cards, statements: cards.flatMap((card) => card.statements) }
}
const days = [...new Set(articleData.statements.map((statement) => statement.date.earliest))].sort()

test('a range of one day shows the statements made on that day', () => {
  expect(days.length).toBeGreaterThan(1)
  for (const day of days) {
    const { statements } = run({ from: day, to: day })
    const expected = articleData.statements.filter(
      (statement) => statement.date.earliest <= day && statement.date.latest >= day,
    )
    expect(statements.map((statement) => statement.id).sort()).toEqual(
      expected.map((statement) => statement.id).sort(),
    )
    expect(statements.length).toBeGreaterThan(0)
  }
})

test('the days the view spans are those of the statements shown', () => {
  const all = run({})
  const earliest = articleData.statements.map((statement) => statement.date.earliest).sort()
  const latest = articleData.statements.map((statement) => statement.date.latest).sort()
  expect(all.result.aggregates).toMatchObject({ firstDay: earliest[0], lastDay: latest.at(-1) })
  // From the last day on: the statements that reach into it, some begun the day before.
  const last = days.at(-1)!
  const reaching = articleData.statements.filter((statement) => statement.date.latest >= last)
  expect(run({ from: last }).result.aggregates.firstDay).toBe(
    reaching.map((statement) => statement.date.earliest).sort()[0],
  )
  expect(run({ q: 'no such words anywhere' }).result.aggregates).toMatchObject({
    firstDay: null,
    lastDay: null,
  })
})

test('the charts’ totals count the statements and actors shown, by stance', () => {
  const { result, cards, statements } = run({})
  const byStance = [...stanceIds, null].map(
    (stance) => statements.filter((statement) => statement.stance === stance).length,
  )
  expect(Array.from(result.aggregates.statementsByStance)).toEqual(byStance)
  const actorsByStance = [...stanceIds, null].map(
    (stance) => cards.filter((card) => card.summary.stance === stance).length,
  )
  expect(Array.from(result.aggregates.actorsByStance)).toEqual(actorsByStance)
})

test('an actor with no statement left in the view is not shown; without statement filters it is', () => {
  const everyone = run({}).cards.length
  expect(everyone).toBe(articleData.stances.length)
  const searched = run({ q: 'cease-fire' })
  expect(searched.cards.length).toBeLessThan(everyone)
  expect(searched.cards.every((card) => card.statements.length > 0)).toBe(true)
})
