import { expect, test } from 'vitest'
import { statementsSearch } from '../../src/lib/api/statements'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import { parseUrlState, serializeUrlState } from '../../src/lib/url-state/url-state'
import { defaultViewState } from '../../src/lib/url-state/view-state'

// Each link here is one a person could type or be sent; what matters is what the page then shows
// and what it says it dropped.

test('a synthetic corpus takes any size from 100 to 200000 statements, the ends included', () => {
  const sizeOf = (search: string) => parseUrlState(`?dataset=synthetic&${search}`)
  expect(sizeOf('size=100').view.size).toBe(100)
  expect(sizeOf('size=200000').view.size).toBe(200_000)
  expect(sizeOf('size=2500')).toMatchObject({ view: { size: 2500 }, problems: [] })
  const reason = 'not a size from 100 to 200000'
  for (const size of ['99', '200001', '0', '-500', '1e5', '2500.5', ' 2500', 'many', '']) {
    expect(sizeOf(`size=${size}`)).toMatchObject({
      view: { size: 100_000 },
      problems: [{ parameter: 'size', value: size, reason }],
    })
  }
})

test('a size given twice is not guessed at: both are named and the default is shown', () => {
  const { view, problems } = parseUrlState('?dataset=synthetic&size=500&size=600')
  expect(view.size).toBe(100_000)
  expect(problems.map((problem) => problem.value)).toEqual(['500', '600'])
})

test('a link to the synthetic corpus names its size, the default too; the article’s names none', () => {
  const synthetic = { ...defaultViewState, dataset: 'synthetic' as const }
  expect(serializeUrlState({ view: { ...synthetic, size: 500 }, filters: emptyFilterState })).toBe(
    '?dataset=synthetic&size=500',
  )
  // The size stays in the address as the reader picks an event: the link shows the same corpus.
  expect(
    serializeUrlState({ view: synthetic, filters: { ...emptyFilterState, event: 'all' } }),
  ).toBe('?event=all&dataset=synthetic&size=100000')
  expect(serializeUrlState({ view: defaultViewState, filters: emptyFilterState })).toBe('')
})

test('a range of one day is kept: from and to on the same day', () => {
  const { filters, problems } = parseUrlState('?from=2023-09-19&to=2023-09-19')
  expect(filters).toMatchObject({ from: '2023-09-19', to: '2023-09-19' })
  expect(problems).toEqual([])
})

test('a range ending before it starts names its start and the end it passes', () => {
  expect(parseUrlState('?from=2023-09-21&to=2023-09-20').problems).toEqual([
    { parameter: 'from', value: '2023-09-21', reason: 'after the range’s end, 2023-09-20' },
  ])
  // Either end alone is a range open on the other side.
  expect(parseUrlState('?to=2023-09-20').filters).toMatchObject({ from: null, to: '2023-09-20' })
})

test('only days that exist are read: 29 February in a leap year, not in others', () => {
  expect(parseUrlState('?from=2024-02-29').filters.from).toBe('2024-02-29')
  for (const day of ['2023-02-29', '2023-9-20', '20230920', '2023-09-20T00:00', 'x2023-09-20'])
    expect(parseUrlState(`?from=${day}`).filters.from).toBeNull()
})

test('a speaker’s name is read up to 100 characters, trimmed, and no further', () => {
  const name100 = 'A'.repeat(100)
  const name101 = 'A'.repeat(101)
  const speakers = new Set([name100, name101, 'Antony Blinken', 'Ö'])
  expect(parseUrlState('?speaker=Ö', { speakers }).filters.speaker).toEqual(['Ö'])
  expect(parseUrlState(`?speaker=${name100}`, { speakers }).filters.speaker).toEqual([name100])
  expect(parseUrlState(`?speaker=${name101}`, { speakers })).toMatchObject({
    filters: { speaker: [] },
    problems: [{ parameter: 'speaker', value: name101, reason: 'no such speaker' }],
  })
  expect(parseUrlState('?speaker=+Antony+Blinken+', { speakers }).filters.speaker).toEqual([
    'Antony Blinken',
  ])
  // Empty items between commas are not values at all.
  expect(parseUrlState('?speaker=,+,Antony+Blinken', { speakers })).toMatchObject({
    filters: { speaker: ['Antony Blinken'] },
    problems: [],
  })
})

test('a list is read up to 100 values; the rest are named as too many', () => {
  const values = Array.from(
    { length: 102 },
    (_, index) => `actor-${String.fromCharCode(97 + (index % 26))}`,
  )
  const { filters, problems } = parseUrlState(`?actor=${values.join(',')}`)
  expect(filters.actor).toEqual([...new Set(values.slice(0, 100))])
  expect(problems).toEqual([
    { parameter: 'actor', value: values[100], reason: 'too many values' },
    { parameter: 'actor', value: values[101], reason: 'too many values' },
  ])
})

test('a search is kept as typed up to 200 characters; spaces alone are no search', () => {
  const long = 'cease fire '.repeat(30)
  expect(parseUrlState(`?q=${encodeURIComponent(long)}`).filters.q).toBe(long.slice(0, 200))
  expect(parseUrlState('?q=+++').filters.q).toBe('')
  expect(parseUrlState('?q=+talks+').filters.q).toBe(' talks ')
  expect(
    serializeUrlState({ view: defaultViewState, filters: { ...emptyFilterState, q: '   ' } }),
  ).toBe('')
})

test('a single value given twice is dropped with both named, even when both are valid', () => {
  const { view, problems } = parseUrlState('?theme=dark&theme=light')
  expect(view.theme).toBeNull()
  expect(problems).toEqual([
    { parameter: 'theme', value: 'dark', reason: 'no such theme' },
    { parameter: 'theme', value: 'light', reason: 'no such theme' },
  ])
})

test('values must match as a whole, not merely contain a valid one', () => {
  const { view, filters } = parseUrlState(
    '?actor=france1,1france,France&version=v1/../x&statement=s1;drop&event=all events',
  )
  expect(filters.actor).toEqual([])
  expect(filters.event).toBeNull()
  expect(view).toMatchObject({ version: null, statement: null })
})

test('an event is checked against the dataset’s events once they are known', () => {
  const eventIds = new Set(['all', 'karabakh-2023'])
  expect(parseUrlState('?event=karabakh-2023', { eventIds }).filters.event).toBe('karabakh-2023')
  expect(parseUrlState('?event=elsewhere', { eventIds })).toMatchObject({
    filters: { event: null },
    problems: [{ parameter: 'event', value: 'elsewhere', reason: 'no such event' }],
  })
  expect(parseUrlState('?event=elsewhere').filters.event).toBe('elsewhere')
})

test('an unknown parameter given twice is named for each value', () => {
  expect(parseUrlState('?order=up&order=down').problems).toEqual([
    { parameter: 'order', value: 'up', reason: 'not a setting of this page' },
    { parameter: 'order', value: 'down', reason: 'not a setting of this page' },
  ])
})

test('a query that names a filter without a value asks for the same as one that leaves it out', () => {
  const left = statementsSearch({ stance: ['condemns'] }).toString()
  expect(
    statementsSearch({ stance: ['condemns'], actor: undefined, q: undefined }).toString(),
  ).toBe(left)
  expect(left).toBe('stance=condemns')
})
