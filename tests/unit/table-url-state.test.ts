import { expect, test } from 'vitest'
import { toggleColumn, shownColumns } from '../../src/features/statements-table/rows'
import { parseUrlState, serializeUrlState } from '../../src/lib/url-state/url-state'

test('the table’s layout, order and columns round-trip through the link', () => {
  const search = '?layout=table&sort=-date&columns=date,actor,words'
  const { view, problems } = parseUrlState(search)
  expect(problems).toEqual([])
  expect(view).toMatchObject({
    layout: 'table',
    sort: '-date',
    columns: ['date', 'actor', 'words'],
  })
  expect(serializeUrlState({ view, filters: parseUrlState(search).filters })).toBe(search)
})

test('a bad layout, order or column is dropped and named', () => {
  const { view, problems } = parseUrlState('?layout=list&sort=--date&columns=date,colour')
  expect(view).toMatchObject({ layout: 'cards', sort: null, columns: ['date'] })
  expect(problems).toEqual([
    { parameter: 'layout', value: 'list', reason: 'no such layout' },
    { parameter: 'sort', value: '--date', reason: 'no such column to sort by' },
    { parameter: 'columns', value: 'colour', reason: 'no such column' },
  ])
})

test('hiding and showing columns keeps the table’s order, and all shown is written as none', () => {
  expect(toggleColumn([], 'speaker')).toEqual([
    'date',
    'event',
    'actor',
    'actor-stance',
    'stance',
    'positions',
    'words',
  ])
  expect(toggleColumn(['words', 'date'], 'actor')).toEqual(['date', 'actor', 'words'])
  expect(shownColumns(['words', 'date'])).toEqual(['date', 'words'])
  expect(toggleColumn(toggleColumn([], 'speaker'), 'speaker')).toEqual([])
})
