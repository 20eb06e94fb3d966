import { act, screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from '../render-app'
import { stubScrollHeight } from '../scroll-size'

stubScrollHeight('statements-scroll')

/** The table, once its first rows are drawn (they are drawn once it knows its height). */
const table = async () => {
  const grid = await screen.findByRole('grid', { name: 'Statements' })
  await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(1))
  return grid
}
const columnHeaders = async () =>
  within(await table())
    .getAllByRole('columnheader')
    .map((header) => header.textContent)
/** The text of one column, top to bottom, for the rows drawn. */
const column = async (name: string) => {
  const grid = await table()
  const index = within(grid)
    .getAllByRole('columnheader')
    .findIndex((header) => header.textContent === name)
  return within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[index]?.textContent)
}

test('the statements show as a table of one row per statement, from a switch kept in the link', async () => {
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Table' }))
  expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true')
  expect(await screen.findByText('22 statements')).toBeVisible()
  const grid = await table()
  expect(grid).toHaveAttribute('aria-rowcount', '23')
  expect(await columnHeaders()).toEqual([
    'Date',
    'Event',
    'Actor',
    'Actor stance',
    'Statement stance',
    'Speaker',
    'Positions',
    'Words',
  ])
  expect(window.location.search).toBe('?layout=table')
  expect(screen.queryByRole('article')).not.toBeInTheDocument()
  // The event by a name its column shows whole, not its title cut short.
  expect(new Set(await column('Event'))).toEqual(
    new Set(['Azerbaijan’s operation, September 2023']),
  )
})

test('each statement’s own stance stands beside its actor’s, in the event’s words', async () => {
  renderApp('/?actor=turkiye,azerbaijan&layout=table&columns=actor,actor-stance,stance')
  const rows = async () => {
    const [actors, actorStances, own] = await Promise.all(
      ['Actor', 'Actor stance', 'Statement stance'].map(column),
    )
    return (actors ?? []).map((name, at) => [name, actorStances?.[at], own?.[at]])
  }
  await waitFor(async () => expect(await rows()).toHaveLength(11))
  // Türkiye's card says it supports the operation; its three statements say more than that.
  expect((await rows()).filter(([name]) => name === 'Türkiye')).toEqual([
    ['Türkiye', 'Supports the operation', 'Supports the operation'],
    ['Türkiye', 'Supports the operation', 'No stance'],
    ['Türkiye', 'Supports the operation', 'Calls on all sides'],
  ])
  // A party is not placed on the scale, as its card says.
  expect((await rows()).find(([name]) => name === 'Azerbaijan')).toEqual([
    'Azerbaijan',
    'Not placed on the scale',
    'No stance',
  ])
})

test('a header sorts the table, ascending then descending, and the link keeps the order', async () => {
  const { user } = renderApp('/?layout=table')
  // Only the statements table's header: the page's other tables (the stances across events) have one too.
  const header = async () => within(await table()).getByRole('columnheader', { name: 'Actor' })
  await user.click(within(await table()).getByRole('button', { name: 'Actor' }))
  expect(await header()).toHaveAttribute('aria-sort', 'ascending')
  expect(window.location.search).toBe('?layout=table&sort=actor')
  const ascending = await column('Actor')
  expect(ascending[0]).toBe('Armenia')
  expect(ascending).toEqual([...ascending].sort((a, b) => (a ?? '').localeCompare(b ?? '')))
  await user.click(within(await table()).getByRole('button', { name: 'Actor' }))
  expect(await header()).toHaveAttribute('aria-sort', 'descending')
  expect(window.location.search).toBe('?layout=table&sort=-actor')
  expect((await column('Actor'))[0]).toBe('United States')
})

test('the date column sorts by the earliest day, showing the date as the source words it', async () => {
  renderApp('/?layout=table&sort=date')
  // A statement the article does not date sorts by the first day it could fall on, 19 September.
  const dates = await column('Date')
  expect(dates[0]).toBe('19 Sept – 20 Sept 2023 (no day given)')
  expect(dates).toContain('Tuesday’s')
  expect(within(await table()).getByRole('columnheader', { name: 'Date' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
})

test('columns can be hidden and shown again, and the link keeps the choice', async () => {
  const { user } = renderApp('/?layout=table&sort=-date')
  await user.click(await screen.findByText('Columns'))
  await user.click(screen.getByRole('checkbox', { name: 'Speaker' }))
  await user.click(screen.getByRole('checkbox', { name: 'Positions' }))
  await user.click(screen.getByRole('checkbox', { name: 'Actor stance' }))
  expect(await columnHeaders()).toEqual(['Date', 'Event', 'Actor', 'Statement stance', 'Words'])
  expect(window.location.search).toBe(
    '?layout=table&sort=-date&columns=date,event,actor,stance,words',
  )
  await user.click(screen.getByRole('checkbox', { name: 'Speaker' }))
  expect(await columnHeaders()).toContain('Speaker')
  expect(window.location.search).toBe(
    '?layout=table&sort=-date&columns=date,event,actor,stance,speaker,words',
  )
})

test('a link with a sort and columns opens the table so', async () => {
  renderApp('/?layout=table&sort=-actor&columns=actor,words')
  expect(await columnHeaders()).toEqual(['Actor', 'Words'])
  expect((await column('Actor'))[0]).toBe('United States')
})

test('the last column shown cannot be hidden', async () => {
  const { user } = renderApp('/?layout=table&columns=words')
  await user.click(await screen.findByText('Columns'))
  expect(screen.getByRole('checkbox', { name: 'Words' })).toBeDisabled()
})

test('bad table settings in a link are dropped with a notice', async () => {
  renderApp('/?layout=table&sort=colour&columns=words,flavour')
  const notice = await screen.findByRole('status', { name: /could not be used/ })
  expect(notice).toHaveTextContent('sort = colour: no such column to sort by')
  expect(notice).toHaveTextContent('columns = flavour: no such column')
  expect(await columnHeaders()).toEqual(['Words'])
})

test('a row opens its statement in its card, as a permalink does', async () => {
  const { user } = renderApp('/?layout=table&sort=actor')
  const grid = await table()
  const armenia = within(grid).getAllByRole('row')[1]
  if (!armenia) throw new Error('no first row')
  await user.click(within(armenia).getAllByRole('gridcell')[0] ?? armenia)
  const linked = await screen.findByRole('listitem', { name: 'Linked statement by Armenia' })
  expect(linked).toHaveFocus()
  expect(window.location.search).toMatch(/statement=/)
})

test('the search is highlighted in the words of the table', async () => {
  renderApp('/?layout=table&q=humanitarian')
  const grid = await table()
  const marks = within(grid).getAllByText(/^humanitarian$/i, { selector: 'mark' })
  expect(marks.length).toBeGreaterThan(0)
})

test('the table is one tab stop; arrow keys move between cells and Enter opens', async () => {
  const { user } = renderApp('/?layout=table&sort=actor')
  const grid = await table()
  const stops = grid.querySelectorAll('[tabindex="0"]')
  expect(stops).toHaveLength(1)
  expect(stops[0]).toBe(screen.getByRole('button', { name: 'Date' }))
  act(() => screen.getByRole('button', { name: 'Date' }).focus())
  await user.keyboard('{ArrowDown}')
  const firstDate = within(await table()).getAllByRole('row')[1]
  expect(firstDate && within(firstDate).getAllByRole('gridcell')[0]).toHaveFocus()
  await user.keyboard('{ArrowRight}{ArrowRight}')
  expect(document.activeElement).toHaveTextContent('Armenia')
  await user.keyboard('{ArrowDown}')
  expect(document.activeElement?.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '3')
  await user.keyboard('{Enter}')
  expect(await screen.findByRole('listitem', { name: /^Linked statement by / })).toHaveFocus()
})
