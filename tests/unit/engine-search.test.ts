import { expect, test } from 'vitest'
import { applyFilters } from '../reference/apply-filters'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createEngine } from '../../src/lib/engine/query'
import { shownActors } from '../../src/lib/engine/results'
import { matchRanges } from '../../src/lib/engine/search-ranges'
import { emptyEngineQuery } from '../../src/lib/engine/types'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import { articleData } from './engine-fixtures'

const engine = createEngine(buildIndex(articleData))
const found = (q: string) =>
  shownActors(engine.index, engine.query({ ...emptyEngineQuery, q })).flatMap((entry) =>
    entry.statements.map((statement) => statement.id),
  )
/** What the page's filter finds, which shares the engine's search. */
const foundToday = (q: string) =>
  applyFilters(articleData, { ...emptyFilterState, q }).flatMap((entry) =>
    entry.statements.map((statement) => statement.id),
  )

test('“ceasefire” and “cease fire” find what the article spells “cease-fire”', () => {
  const spelled = foundToday('cease-fire')
  expect(spelled.length).toBeGreaterThan(0)
  expect(foundToday('ceasefire')).toEqual(spelled)
  expect(found('ceasefire')).toEqual(spelled)
  expect(found('Cease-Fire')).toEqual(spelled)
  expect(found('cease fire')).toEqual(expect.arrayContaining(spelled))
})

test('search finds statements by their coded position and stance', () => {
  const coded = articleData.statements
    .filter((statement) =>
      statement.positions.some(
        (position) => position.dimension === 'humanitarian' && position.value === 'takes',
      ),
    )
    .map((statement) => statement.id)
  expect(found('humanitarian')).toEqual(expect.arrayContaining(coded))
  expect(foundToday('humanitarian')).toEqual(found('humanitarian'))
  const condemning = articleData.statements
    .filter((statement) => statement.stance === 'condemns')
    .map((statement) => statement.id)
  expect(found('condemns the operation')).toEqual(expect.arrayContaining(condemning))
})

test('a quoted phrase finds the words together, in that order', () => {
  const phrase = found('"territorial integrity"')
  expect(phrase.length).toBeGreaterThan(0)
  expect(found('“integrity territorial”')).toEqual([])
  for (const id of phrase) {
    const statement = articleData.statements.find((candidate) => candidate.id === id)
    const text = [statement?.passage.text, ...(statement?.quotes ?? []).map((quote) => quote.text)]
    const positions = statement?.positions.map((position) => position.dimension) ?? []
    expect(
      text.some((words) => words?.toLowerCase().includes('territorial integrity')) ||
        positions.includes('territorial-integrity'),
    ).toBe(true)
  }
})

test('match ranges point at the words that matched, in the original text', () => {
  const text = 'Türkiye called for a cease-fire; a Cease fire, then a ceasefire.'
  const ranges = matchRanges(text, 'ceasefire turkiye')
  expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual([
    'Türkiye',
    'cease-fire',
    'Cease fire',
    'ceasefire',
  ])
  const phrase = 'respect for the territorial integrity of Azerbaijan'
  expect(
    matchRanges(phrase, '"territorial integrity"').map(([start, end]) => phrase.slice(start, end)),
  ).toEqual(['territorial integrity'])
  expect(matchRanges(phrase, '')).toEqual([])
})
