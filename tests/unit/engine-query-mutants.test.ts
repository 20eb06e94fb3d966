import { expect, test } from 'vitest'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createEngine } from '../../src/lib/engine/query'
import { shownActors } from '../../src/lib/engine/results'
import { emptyEngineQuery, type EngineQuery } from '../../src/lib/engine/types'
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

test('an actor with no statement left in the view is not shown; without statement filters it is', () => {
  const everyone = run({}).cards.length
  expect(everyone).toBe(articleData.stances.length)
  const searched = run({ q: 'cease-fire' })
  expect(searched.cards.length).toBeLessThan(everyone)
  expect(searched.cards.every((card) => card.statements.length > 0)).toBe(true)
})

test('a view stays as it was answered when the next filter is clicked', () => {
  const everything = run({}).result.statements
  const before = Array.from(everything)
  expect(before.length).toBeGreaterThan(1)
  // A narrower view next: the engine works in one buffer for every query, never in an answer.
  run({ from: days[0], to: days[0] })
  expect(Array.from(everything)).toEqual(before)
})
