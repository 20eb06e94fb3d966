import { expect, test } from 'vitest'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createEngine } from '../../src/lib/engine/query'
import { shownActors } from '../../src/lib/engine/results'
import { emptyEngineQuery } from '../../src/lib/engine/types'
import { articleData } from './engine-fixtures'

const cardsOf = (data: typeof articleData, q = '') => {
  const engine = createEngine(buildIndex(data))
  return shownActors(engine.index, engine.query({ ...emptyEngineQuery, q }))
}

test('cards follow the actors’ order, whatever order the data lists them in', () => {
  const inOrder = cardsOf(articleData).map((card) => card.actor.id)
  const expected = [...articleData.actors]
    .sort((a, b) => a.order - b.order)
    .map((actor) => actor.id)
  expect(inOrder).toEqual(expected)
  const reversed = { ...articleData, actors: [...articleData.actors].reverse() }
  expect(cardsOf(reversed).map((card) => card.actor.id)).toEqual(expected)
})

test('the speaker filter offers each voice once, alphabetically, and never an empty one', () => {
  const voices = articleData.statements.flatMap((statement) => {
    const voice = statement.speaker ?? statement.office
    return voice === null ? [] : [voice]
  })
  const offered = buildIndex(articleData).values.speaker
  expect(offered).toEqual([...new Set(voices)].sort((a, b) => a.localeCompare(b)))
  expect(offered.length).toBeGreaterThan(1)
})

test('a dataset without events or a codebook is still shown and searched, by its words only', () => {
  const { events: _events, codebook: _codebook, ...bare } = articleData
  const cards = cardsOf(bare)
  expect(cards).toHaveLength(cardsOf(articleData).length)
  expect(buildIndex(bare).values.event).toEqual([])
  // The codebook's labels are searchable only when there is a codebook.
  expect(cardsOf(articleData, 'humanitarian').length).toBeGreaterThan(
    cardsOf(bare, 'humanitarian').length,
  )
})
