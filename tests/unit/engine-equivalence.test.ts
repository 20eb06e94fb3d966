import fc from 'fast-check'
import { expect, test } from 'vitest'
import { applyFilters } from '../../src/lib/statements/apply-filters'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createEngine } from '../../src/lib/engine/query'
import { facetCountsByValue, shownActors } from '../../src/lib/engine/results'
import { facetKeys, type EngineData, type EngineQuery } from '../../src/lib/engine/types'
import { emptyFilterState, withList, type FilterState } from '../../src/lib/url-state/filter-state'
import { articleData, queryArbitrary, smallSyntheticData } from './engine-fixtures'

const listFilters = ['stance', 'kind', 'actor', 'dimension', 'channel', 'speaker'] as const

/**
 * Today's path: the dashboard's filter, with the event applied as a statement filter would be:
 * keep the event's statements, and show only actors with a statement left.
 */
function naive(data: EngineData, query: EngineQuery) {
  const sources = new Set(
    (data.events ?? [])
      .filter((event) => query.event.includes(event.id))
      .flatMap((event) => event.sourceIds),
  )
  const statements =
    query.event.length > 0
      ? data.statements.filter((statement) => sources.has(statement.sourceId))
      : data.statements
  let state: FilterState = { ...emptyFilterState, from: query.from, to: query.to, q: query.q }
  for (const key of listFilters) state = withList(state, key, [...query[key]])
  return applyFilters({ ...data, statements }, state)
    .filter((result) => query.event.length === 0 || result.statements.length > 0)
    .map((result) => ({
      actor: result.actor.id,
      statements: result.statements.map((statement) => statement.id),
    }))
}

function checkAgainstNaive(data: EngineData, runs: number) {
  const engine = createEngine(buildIndex(data))
  const { values } = engine.index
  fc.assert(
    fc.property(queryArbitrary(data, values), (query) => {
      const result = engine.query(query)
      const shown = shownActors(engine.index, result).map((entry) => ({
        actor: entry.actor.id,
        statements: entry.statements.map((statement) => statement.id),
      }))
      expect(shown).toEqual(naive(data, query))
      for (const key of facetKeys) {
        const counts = facetCountsByValue(engine.index, result, key)
        for (const value of values[key]) {
          const alone = naive(data, { ...query, [key]: [value] })
          expect({ key, value, ...counts.get(value) }).toEqual({
            key,
            value,
            actors: alone.length,
            statements: alone.reduce((total, entry) => total + entry.statements.length, 0),
          })
        }
      }
    }),
    { numRuns: runs },
  )
}

test('on the article’s data the engine shows and counts what today’s filters do', () => {
  checkAgainstNaive(articleData, 150)
}, 60_000)

test('on small synthetic corpora the engine shows and counts what today’s filters do', () => {
  for (const seed of [3, 11]) checkAgainstNaive(smallSyntheticData(seed), 30)
}, 120_000)
