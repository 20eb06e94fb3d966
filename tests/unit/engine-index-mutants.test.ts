import { expect, test } from 'vitest'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createEngine } from '../../src/lib/engine/query'
import { shownActors } from '../../src/lib/engine/results'
import { emptyEngineQuery } from '../../src/lib/engine/types'
import { labelLookup, searchableText } from '../../src/lib/statements/filter'
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

test('each statement is searched through its own words and coded labels, whatever its coding', () => {
  // One statement coded every way a coder could: each stance or none, positions in either order,
  // all six, and more positions than a label key can hold.
  const [first] = articleData.statements
  const codebook = articleData.codebook!
  const dimensions = codebook.dimensions.map((dimension) => dimension.id)
  const orders = [
    [],
    [dimensions[0]!],
    [dimensions[5]!],
    [dimensions[0]!, dimensions[1]!],
    [dimensions[1]!, dimensions[0]!],
    dimensions,
    [...dimensions].reverse(),
    [...dimensions, ...dimensions, ...dimensions, ...dimensions],
  ]
  const stances = [null, ...codebook.stances.map((stance) => stance.id)]
  const statements = stances.flatMap((stance, s) =>
    orders.map((order, o) => ({
      ...first!,
      id: `coded-${s}-${o}`,
      stance,
      positions: order.map((dimension) => ({ dimension, value: 'takes' as const, party: null })),
    })),
  )
  const data = { ...articleData, statements: [...articleData.statements, ...statements] }
  const lookup = labelLookup(codebook, data.events)
  const index = buildIndex(data)
  const actors = new Map(data.actors.map((actor) => [actor.id, actor]))
  index.statements.forEach((statement, at) => {
    expect(index.folded[at]).toBe(searchableText(statement, actors.get(statement.actorId), lookup))
  })
  // Without a codebook, no label is added, not even an empty one.
  const { codebook: _codebook, ...bare } = data
  const bareIndex = buildIndex(bare)
  bareIndex.statements.forEach((statement, at) => {
    expect(bareIndex.folded[at]).toBe(searchableText(statement, actors.get(statement.actorId)))
  })
})

test('an actor the stances leave out is not shown, and a statement of an unknown actor is ignored', () => {
  const [left, ...stances] = articleData.stances
  const cards = cardsOf({ ...articleData, stances })
  expect(cards.map((card) => card.actor.id)).not.toContain(left!.actorId)
  expect(cards).toHaveLength(articleData.stances.length - 1)
  const stray = { ...articleData.statements[0]!, id: 'stray', actorId: 'no-such-actor' }
  const withStray = cardsOf({ ...articleData, statements: [...articleData.statements, stray] })
  expect(
    withStray.flatMap((card) => card.statements).map((statement) => statement.id),
  ).not.toContain('stray')
})
