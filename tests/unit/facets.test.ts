import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { statements } from '../../data/statements'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { applyFilters, facetCounts, speakerOptions } from '../../src/lib/statements/apply-filters'
import { emptyFilterState, type FilterState } from '../../src/lib/url-state/filter-state'

const data = {
  actors,
  statements,
  stances: actors.map((actor) => deriveStanceSummary(actor, statements)),
}
const shown = (patch: Partial<FilterState>) =>
  applyFilters(data, { ...emptyFilterState, ...patch }).map((result) => result.actor.id)

test('stance selects actors by their overall stance', () => {
  expect(shown({ stance: ['condemns'] })).toEqual([
    'european-union',
    'france',
    'germany',
    'armenia',
  ])
  // Türkiye has one "calls on all sides" statement but supports the operation overall.
  expect(shown({ stance: ['calls-on-all-sides'] })).toEqual(['united-nations', 'russia'])
})

test('any value within a filter, all filters together', () => {
  expect(shown({ stance: ['condemns', 'urges-halt'] })).toEqual([
    'united-states',
    'european-union',
    'france',
    'germany',
    'armenia',
  ])
  expect(shown({ stance: ['condemns', 'urges-halt'], dimension: ['humanitarian'] })).toEqual([
    'armenia',
  ])
})

test('statement filters must all hold for one and the same statement', () => {
  // Türkiye has a speech (no negotiation position) and negotiation statements (not speeches).
  expect(shown({ actor: ['turkiye'], channel: ['speech'] })).toEqual(['turkiye'])
  expect(shown({ actor: ['turkiye'], channel: ['speech'], dimension: ['negotiations'] })).toEqual(
    [],
  )
})

test('a card keeps only the statements that match', () => {
  const [turkiye] = applyFilters(data, {
    ...emptyFilterState,
    actor: ['turkiye'],
    dimension: ['negotiations'],
  })
  expect(turkiye?.statements.map((statement) => statement.id)).toEqual([
    'turkiye-support-for-operation',
    'turkiye-foreign-ministry-negotiations',
  ])
})

test('facet counts: the other filters applied, this one set to the option alone', () => {
  const state = { ...emptyFilterState, stance: ['condemns' as const], kind: ['state' as const] }
  expect(
    Object.fromEntries(facetCounts(data, state, 'stance', ['condemns', 'supports', 'urges-halt'])),
  ).toEqual({
    condemns: 3,
    supports: 1,
    'urges-halt': 1,
  })
  expect(
    Object.fromEntries(
      facetCounts(data, state, 'kind', ['state', 'international-organisation', 'party']),
    ),
  ).toEqual({
    state: 3,
    'international-organisation': 1,
    party: 0,
  })
})

test('speakers are the named people, or the office where no one is named', () => {
  expect(speakerOptions(statements)).toEqual(
    expect.arrayContaining(['Antony Blinken', 'Recep Tayyip Erdoğan', 'Russia’s Foreign Ministry']),
  )
  expect(speakerOptions(statements)).not.toContain(null)
})
