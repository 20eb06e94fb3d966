import { expect, test } from 'vitest'
import {
  emptyFilterState,
  parseFilterState,
  serializeFilterState,
  toggleValue,
} from '../../src/lib/url-state/filter-state'

const known = { actorIds: new Set(['france', 'russia']), speakers: new Set(['Antony Blinken']) }

test('an empty query is the empty view', () => {
  expect(parseFilterState('')).toEqual({ state: emptyFilterState, problems: [] })
})

test('parsing and serialising round-trip, in a fixed order', () => {
  const search =
    '?stance=condemns,supports&kind=state&actor=france&dimension=negotiations&channel=phone-call&speaker=Antony+Blinken&from=2023-09-19&to=2023-09-20&q=cease+fire&tables=matrix,timeline&compare=france,russia&view=method'
  const { state, problems } = parseFilterState(search, known)
  expect(problems).toEqual([])
  expect(state).toEqual({
    stance: ['condemns', 'supports'],
    kind: ['state'],
    actor: ['france'],
    dimension: ['negotiations'],
    channel: ['phone-call'],
    speaker: ['Antony Blinken'],
    from: '2023-09-19',
    to: '2023-09-20',
    q: 'cease fire',
    tables: ['matrix', 'timeline'],
    compare: ['france', 'russia'],
    view: 'method',
    embed: null,
    version: null,
  })
  expect(serializeFilterState(state)).toBe(search)
  expect(parseFilterState(serializeFilterState(state), known).state).toEqual(state)
})

test('repeated parameters and duplicates are merged', () => {
  expect(parseFilterState('?stance=condemns&stance=condemns,supports').state.stance).toEqual([
    'condemns',
    'supports',
  ])
})

test('malformed and unknown values are dropped and named', () => {
  const { state, problems } = parseFilterState(
    '?stance=condemns,angry&kind=planet&actor=atlantis&speaker=Nobody&from=2023-02-30&sort=up&tables=pie',
    known,
  )
  expect(state).toEqual({ ...emptyFilterState, stance: ['condemns'] })
  expect(problems).toEqual([
    'Ignored stance “angry”: no such stance.',
    'Ignored actor kind “planet”: no such actor kind.',
    'Ignored actor “atlantis”: no such actor.',
    'Ignored speaker “Nobody”: no such speaker.',
    'Ignored the date “2023-02-30”: expected a day such as 2023-09-20.',
    'Ignored the unknown setting “sort”.',
    'Ignored the chart “pie”: no such chart.',
  ])
})

test('a range that ends before it starts is dropped', () => {
  const { state, problems } = parseFilterState('?from=2023-09-21&to=2023-09-19')
  expect(state.from).toBeNull()
  expect(state.to).toBeNull()
  expect(problems).toHaveLength(1)
})

test('settings of other parts of the app are kept, not reported', () => {
  const { problems } = parseFilterState('?mock-faults=stances:error')
  expect(problems).toEqual([])
  const kept = serializeFilterState(
    emptyFilterState,
    new URLSearchParams('mock-faults=stances:error'),
  )
  expect(kept).toBe('?mock-faults=stances%3Aerror')
})

test('toggling adds a value, and removes it again', () => {
  const once = toggleValue(emptyFilterState, 'stance', 'condemns')
  expect(once.stance).toEqual(['condemns'])
  expect(toggleValue(once, 'stance', 'condemns').stance).toEqual([])
})

test('a comparison keeps at most four known actors, and says what it left out', () => {
  const many = { actorIds: new Set(['a', 'b', 'c', 'd', 'e']), speakers: new Set<string>() }
  const { state, problems } = parseFilterState('?compare=a,b,zz,c,d,e&view=atlas', many)
  expect(state.compare).toEqual(['a', 'b', 'c', 'd'])
  expect(state.view).toBe('dashboard')
  expect(problems).toEqual([
    'Ignored “zz” in the comparison: no such actor.',
    'Compared only the first 4 actors; left out “e”.',
    'Ignored the page “atlas”: showing the dashboard.',
  ])
})

test('campaign trackers picked up by a shared link are ignored quietly', () => {
  expect(parseFilterState('?stance=condemns&utm_source=newsletter&fbclid=abc')).toEqual({
    state: { ...emptyFilterState, stance: ['condemns'] },
    problems: [],
  })
})
