import { expect, test } from 'vitest'
import { dataset, labels } from '../mock-dataset'
import { actors } from '../../data/actors'
import { statements } from '../../data/statements'
import { applyFilters } from '../reference/apply-filters'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import type { StanceId } from '../../src/lib/vocabulary'
import type { ActorResult } from '../../src/lib/statements/actor-results'
import { numericCodeOf } from '../../src/features/charts/map/join'
import { gazetteerActor, states } from '../../src/lib/gazetteer/gazetteer'
import { shapeMap, shapeMapAcrossEvents } from '../../src/features/charts/map/shape-map'
import { describeMap, mapTableRows } from '../../src/features/charts/map/describe-map'

const all = applyFilters(dataset, emptyFilterState)
const actor = (id: string) => {
  const found = actors.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`No actor ${id} in the mock data`)
  return found
}
const [template] = statements
/** One event's row for an actor whose statements express the given stances. */
function row(id: string, stances: readonly (StanceId | null)[]): ActorResult {
  if (!template) throw new Error('The mock data has no statements')
  const own = stances.map((stance, index) => ({
    ...template,
    id: `${id}-${index}`,
    actorId: id,
    stance,
  }))
  return { actor: actor(id), summary: deriveStanceSummary(actor(id), own), statements: own }
}

test('join: each state is drawn as its ISO 3166-1 numeric feature; organisations are not', () => {
  expect(Object.fromEntries(actors.map((each) => [each.id, numericCodeOf(each)]))).toEqual({
    'united-states': '840',
    'united-nations': null,
    'european-union': null,
    france: '250',
    germany: '276',
    turkiye: '792',
    russia: '643',
    armenia: '051',
    azerbaijan: '031',
    'karabakh-armenians': null,
  })
})

test('join: every UN member state in the gazetteer is placed by its three-digit numeric code', () => {
  const codes = states.map((state, index) => numericCodeOf(gazetteerActor(state, index)))
  expect(codes).toHaveLength(193)
  expect(codes.every((code) => code !== null && /^\d{3}$/.test(code))).toBe(true)
  expect(new Set(codes).size).toBe(193)
  const japan = states.find((state) => state.id === 'japan')
  expect(japan && numericCodeOf(gazetteerActor(japan, 0))).toBe('392')
})

test('one event: derived stances, a party not placed, organisations kept for the list', () => {
  expect(shapeMap(all).map((entry) => [entry.actor.id, entry.mapClass, entry.statements])).toEqual([
    ['united-states', 'urges-halt', 2],
    ['united-nations', 'calls-on-all-sides', 1],
    ['european-union', 'condemns', 1],
    ['france', 'condemns', 1],
    ['germany', 'condemns', 1],
    ['turkiye', 'supports', 3],
    ['russia', 'calls-on-all-sides', 1],
    ['armenia', 'condemns', 1],
    // The separatists' acts the Azerbaijani presidency relayed are theirs (codebook 3.1.0).
    ['azerbaijan', 'not-placed', 8],
    ['karabakh-armenians', 'not-placed', 3],
  ])
})

test('statements without a stance are not placed; no statement at all is its own class', () => {
  const [withoutStance, silent] = shapeMap([row('france', [null, null]), row('germany', [])])
  expect(withoutStance?.mapClass).toBe('not-placed')
  expect(silent?.mapClass).toBe('no-statement')
})

test('all events: the most frequent derived stance, statements summed', () => {
  const entries = shapeMapAcrossEvents([
    [row('france', ['condemns']), row('russia', ['supports'])],
    [row('france', ['condemns', 'condemns']), row('russia', [null])],
    [row('france', ['urges-halt'])],
  ])
  expect(entries.map((entry) => [entry.actor.id, entry.mapClass, entry.statements])).toEqual([
    ['france', 'condemns', 4],
    ['russia', 'supports', 2],
  ])
})

test('all events: a tie places the country nowhere and names the tied stances, in either order', () => {
  for (const order of [
    ['supports', 'condemns'],
    ['condemns', 'supports'],
  ] as const) {
    const [entry] = shapeMapAcrossEvents(order.map((stance) => [row('germany', [stance])]))
    expect(entry?.mapClass).toBe('not-placed')
    expect(entry?.tied).toEqual(['supports', 'condemns'])
  }
  const [party] = shapeMapAcrossEvents([[row('azerbaijan', ['supports'])]])
  expect(party?.mapClass).toBe('not-placed')
  expect(party?.tied).toEqual([])
})

test('description: countries by class in scale order, then the actors beside the map', () => {
  expect(describeMap(shapeMap(all), labels)).toBe(
    'On the map, Supports the operation: Türkiye. Calls on all sides: Russia. Urges Azerbaijan to halt: US. Condemns the operation: France, Germany and Armenia. Not placed on the scale: Azerbaijan. Every other country: no statement. Beside the map: UN (Calls on all sides); EU (Condemns the operation); Karabakh Armenians (Not placed on the scale).',
  )
  expect(describeMap([], labels)).toBe('No country on the map has a statement.')
})

test('description: a long class is counted and cut short; the table has every name', () => {
  // Any lookup can stand in for the join, as the gazetteer's will for every member state.
  const codeOf = (each: { id: string }) => each.id
  const many = actors.filter((each) => !each.isParty).map((each) => row(each.id, ['condemns']))
  expect(describeMap(shapeMap(many, codeOf), labels)).toBe(
    'On the map, Condemns the operation (8 countries): US, UN, EU, France, Germany, Türkiye and 2 more. Every other country: no statement.',
  )
})

test('table: actor, class, statements and whether it is drawn or listed beside the map', () => {
  const rows = mapTableRows(shapeMap(all), labels, new Set(['840', '250']))
  expect(rows.slice(0, 4)).toEqual([
    {
      actorId: 'united-states',
      actor: 'United States',
      mapClass: 'Urges Azerbaijan to halt',
      statements: 2,
      place: 'On the map',
    },
    {
      actorId: 'united-nations',
      actor: 'United Nations',
      mapClass: 'Calls on all sides',
      statements: 1,
      place: 'Beside the map',
    },
    {
      actorId: 'european-union',
      actor: 'European Union',
      mapClass: 'Condemns the operation',
      statements: 1,
      place: 'Beside the map',
    },
    {
      actorId: 'france',
      actor: 'France',
      mapClass: 'Condemns the operation',
      statements: 1,
      place: 'On the map',
    },
  ])
  // Germany's code is not among the drawn shapes here, as a state too small for the data would be.
  expect(rows[4]?.place).toBe('Beside the map')
})
