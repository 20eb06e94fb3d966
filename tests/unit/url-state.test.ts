import { expect, test } from 'vitest'
import {
  activeFilterCount,
  emptyFilterState,
  toggleValue,
} from '../../src/lib/url-state/filter-state'
import { summariseProblems } from '../../src/lib/url-state/notice'
import {
  defaultUrlState,
  parseUrlState,
  serializeUrlState,
} from '../../src/lib/url-state/url-state'
import { defaultViewState } from '../../src/lib/url-state/view-state'

const known = {
  actorIds: new Set(['france', 'russia']),
  speakers: new Set(['Antony Blinken']),
  statementIds: new Set(['s1']),
}

test('an empty query is the default view with no filters', () => {
  expect(parseUrlState('')).toEqual({ ...defaultUrlState, problems: [] })
})

test('parsing and serialising round-trip, filters then view, in a fixed order', () => {
  const search =
    '?event=all&stance=condemns,supports&statement-stance=urges-halt&kind=state&actor=france&dimension=negotiations&channel=phone-call&speaker=Antony+Blinken&from=2023-09-19&to=2023-09-20&q=cease+fire&view=method&embed=chart:matrix&version=2026-11-27.1&tables=matrix,timeline&compare=france,russia&theme=dark&statement=s1&strips=russia,france'
  const { view, filters, problems } = parseUrlState(search, known)
  expect(problems).toEqual([])
  expect(filters).toEqual({
    event: 'all',
    stance: ['condemns', 'supports'],
    'statement-stance': ['urges-halt'],
    kind: ['state'],
    actor: ['france'],
    dimension: ['negotiations'],
    channel: ['phone-call'],
    speaker: ['Antony Blinken'],
    from: '2023-09-19',
    to: '2023-09-20',
    q: 'cease fire',
  })
  expect(view).toEqual({
    view: 'method',
    embed: 'chart:matrix',
    dataset: 'article',
    size: 100_000,
    version: '2026-11-27.1',
    tables: ['matrix', 'timeline'],
    compare: ['france', 'russia'],
    theme: 'dark',
    statement: 's1',
    strips: ['russia', 'france'],
    layout: 'cards',
    sort: null,
    columns: [],
  })
  expect(serializeUrlState({ view, filters })).toBe(search)
})

test('each control changes its own parameter and keeps every other one in the link', () => {
  // The synthetic corpus at its default size too: picking an event once dropped size= from it.
  for (const size of ['2000', '100000']) {
    const link = `?event=synthetic-event-003&stance=condemns&actor=france&q=talks&dataset=synthetic&size=${size}&tables=map&compare=france,russia&layout=table&sort=-date&columns=date,actor&mock-faults=statements`
    const { view, filters } = parseUrlState(link, known)
    const choices: [string, Parameters<typeof serializeUrlState>[0]][] = [
      ['event', { view, filters: { ...filters, event: 'all' } }],
      ['stance', { view, filters: toggleValue(filters, 'stance', 'supports') }],
      ['q', { view, filters: { ...filters, q: 'cease fire' } }],
      ['layout', { view: { ...view, layout: 'cards' }, filters }],
      ['sort', { view: { ...view, sort: 'actor' }, filters }],
      ['columns', { view: { ...view, columns: ['date'] }, filters }],
      ['tables', { view: { ...view, tables: ['map', 'matrix'] }, filters }],
      ['compare', { view: { ...view, compare: ['france'] }, filters }],
      ['view', { view: { ...view, view: 'method' }, filters }],
    ]
    const before = new URLSearchParams(link)
    for (const [changed, state] of choices) {
      const after = new URLSearchParams(serializeUrlState(state, before))
      for (const [key, value] of before)
        if (key !== changed) expect([changed, key, after.get(key)]).toEqual([changed, key, value])
      expect(after.get(changed)).not.toBe(before.get(changed))
    }
  }
})

test('repeated parameters and duplicates are merged', () => {
  expect(parseUrlState('?stance=condemns&stance=condemns,supports').filters.stance).toEqual([
    'condemns',
    'supports',
  ])
})

test('malformed and unknown values are dropped and named, with the link’s text apart', () => {
  const { view, filters, problems } = parseUrlState(
    '?stance=condemns,angry&kind=planet&actor=atlantis&speaker=Nobody&from=2023-02-30&order=up&tables=pie&embed=card:&theme=pink&statement=s9',
    known,
  )
  expect(filters).toEqual({ ...emptyFilterState, stance: ['condemns'] })
  expect(view).toEqual(defaultViewState)
  expect(problems).toEqual([
    { parameter: 'embed', value: 'card:', reason: 'no such embed' },
    { parameter: 'tables', value: 'pie', reason: 'no such chart' },
    { parameter: 'theme', value: 'pink', reason: 'no such theme' },
    { parameter: 'statement', value: 's9', reason: 'no such statement' },
    { parameter: 'stance', value: 'angry', reason: 'no such stance' },
    { parameter: 'kind', value: 'planet', reason: 'no such actor kind' },
    { parameter: 'actor', value: 'atlantis', reason: 'no such actor' },
    { parameter: 'speaker', value: 'Nobody', reason: 'no such speaker' },
    { parameter: 'from', value: '2023-02-30', reason: 'not a day such as 2023-09-20' },
    { parameter: 'order', value: 'up', reason: 'not a setting of this page' },
  ])
})

test('ids are checked against the data only once it is known', () => {
  expect(parseUrlState('?actor=atlantis').filters.actor).toEqual(['atlantis'])
  expect(parseUrlState('?actor=atlantis', known).filters.actor).toEqual([])
})

test('a range that ends before it starts is dropped', () => {
  const { filters, problems } = parseUrlState('?from=2023-09-21&to=2023-09-19')
  expect(filters.from).toBeNull()
  expect(filters.to).toBeNull()
  expect(problems).toEqual([
    { parameter: 'from', value: '2023-09-21', reason: 'after the range’s end, 2023-09-19' },
  ])
})

test('each value of a list, a day and a search count as filters on; the event does not', () => {
  const { filters } = parseUrlState(
    '?event=all&stance=condemns,supports&kind=state&to=2023-09-19&q=x',
  )
  expect(activeFilterCount(filters)).toBe(5)
  expect(activeFilterCount(parseUrlState('?event=all&q=+').filters)).toBe(0)
})

test('the fault switch of the mock API is kept, not reported', () => {
  expect(parseUrlState('?mock-faults=stances:error').problems).toEqual([])
  expect(serializeUrlState(defaultUrlState, new URLSearchParams('mock-faults=stances:error'))).toBe(
    '?mock-faults=stances:error',
  )
})

test('toggling adds a value, and removes it again', () => {
  const once = toggleValue(emptyFilterState, 'stance', 'condemns')
  expect(once.stance).toEqual(['condemns'])
  expect(toggleValue(once, 'stance', 'condemns').stance).toEqual([])
})

test('a comparison keeps at most four known actors, and says what it left out', () => {
  const many = { actorIds: new Set(['a', 'b', 'c', 'd', 'e']) }
  const { view, problems } = parseUrlState('?compare=a,b,zz,c,d,e&view=atlas', many)
  expect(view.compare).toEqual(['a', 'b', 'c', 'd'])
  expect(view.view).toBe('dashboard')
  expect(problems).toEqual([
    { parameter: 'view', value: 'atlas', reason: 'no such page' },
    { parameter: 'compare', value: 'zz', reason: 'no such actor' },
    { parameter: 'compare', value: 'e', reason: 'more than 4' },
  ])
})

test('campaign trackers picked up by a shared link are ignored quietly', () => {
  expect(parseUrlState('?stance=condemns&utm_source=newsletter&fbclid=abc')).toEqual({
    ...defaultUrlState,
    filters: { ...emptyFilterState, stance: ['condemns'] },
    problems: [],
  })
})

test('the notice counts per parameter and quotes only a few short values', () => {
  const tables = Array.from({ length: 50_000 }, (_, index) => `chart${index}`).join(',')
  const { problems } = parseUrlState(
    `?tables=${tables}&actor=Your session expired. Call +1-555-0100 now to restore access`,
    known,
  )
  const summary = summariseProblems(problems)
  expect(summary.total).toBe(50_001)
  expect(summary.parameters).toEqual([
    { parameter: 'tables', count: 50_000 },
    { parameter: 'actor', count: 1 },
  ])
  expect(summary.quoted).toHaveLength(3)
  expect(JSON.stringify(summary).length).toBeLessThan(1000)
})
