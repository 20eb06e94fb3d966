import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { statements } from '../../data/statements'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { speakerOptions } from '../../src/lib/statements/voice'
import { showData } from '../../src/lib/engine/dataset-view'
import { emptyFilterState, type FilterState } from '../../src/lib/url-state/filter-state'

const data = {
  actors,
  statements,
  stances: actors.map((actor) => deriveStanceSummary(actor, statements)),
}
const shown = (patch: Partial<FilterState>) =>
  showData(data, { ...emptyFilterState, ...patch }).results.map((result) => result.actor.id)

/** How many actors each option shows, the other filters applied and this one set to it alone. */
function facetCounts(state: FilterState, key: 'stance' | 'kind', options: readonly string[]) {
  const counts = showData(data, state).facetCounts[key]
  return Object.fromEntries(options.map((option) => [option, counts.get(option)?.actors ?? 0]))
}

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
  const [turkiye] = showData(data, {
    ...emptyFilterState,
    actor: ['turkiye'],
    dimension: ['negotiations'],
  }).results
  expect(turkiye?.statements.map((statement) => statement.id)).toEqual([
    'turkiye-support-for-operation',
    'turkiye-foreign-ministry-negotiations',
  ])
})

test('facet counts: the other filters applied, this one set to the option alone', () => {
  const state = { ...emptyFilterState, stance: ['condemns' as const], kind: ['state' as const] }
  expect(facetCounts(state, 'stance', ['condemns', 'supports', 'urges-halt'])).toEqual({
    condemns: 3,
    supports: 1,
    'urges-halt': 1,
  })
  expect(facetCounts(state, 'kind', ['state', 'international-organisation', 'party'])).toEqual({
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
