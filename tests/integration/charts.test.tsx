import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp, resultCount } from '../render-app'

// The chart code is a lazy chunk; its first import in a test run can take a few seconds here.
const figure = (name: string) => screen.findByRole('figure', { name }, { timeout: 15_000 })

test('the charts load after the cards, each with a description and a source', async () => {
  renderApp()
  await resultCount()
  for (const title of [
    'How many take each stance',
    'Where each actor stands',
    'Statements over time',
    'Who took which position',
    'How far each pair agrees',
  ]) {
    const chart = await figure(title)
    expect(chart.tagName).toBe('FIGURE')
    expect(
      within(chart).getByText(/^Source: Daily Sabah via Azerbaijan in Focus/),
    ).toBeInTheDocument()
  }
  expect(await figure('How many take each stance')).toHaveAccessibleDescription(
    /4 “Condemns the operation”/,
  )
})

test('charts follow the filters', async () => {
  renderApp('/?kind=international-organisation')
  const spectrum = await figure('Where each actor stands')
  expect(
    within(spectrum)
      .getAllByRole('button', { name: /show only/ })
      .map((button) => button.textContent),
  ).toEqual(['UN', 'EU'])
})

test('a table view shows the numbers, sorts, and is remembered in the URL', async () => {
  const { user } = renderApp()
  const chart = await figure('How many take each stance')
  await user.click(within(chart).getByRole('button', { name: 'Show as table' }))
  expect(window.location.search).toBe('?tables=distribution')
  const rows = () =>
    within(chart)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      )
  expect(rows()).toEqual([
    ['Supports the operation', '1', '2'],
    ['Calls on all sides', '2', '3'],
    ['Urges Azerbaijan to halt', '1', '1'],
    ['Condemns the operation', '4', '4'],
  ])
  await user.click(within(chart).getByRole('button', { name: /^Actors/ }))
  await user.click(within(chart).getByRole('button', { name: /^Actors/ }))
  expect(within(chart).getByRole('columnheader', { name: /Actors/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  expect(rows()[0]).toEqual(['Condemns the operation', '4', '4'])
})

test('clicking a chart filters the dashboard, and the filter shows as a chip', async () => {
  const { user } = renderApp()
  const matrix = await figure('Who took which position')
  await user.click(
    within(matrix).getByRole('button', {
      name: 'Humanitarian concern: show only actors who took it',
    }),
  )
  expect(window.location.search).toBe('?dimension=humanitarian')
  expect(
    screen.getByRole('button', { name: 'Remove filter Position: Humanitarian concern' }),
  ).toBeInTheDocument()
  const heat = await figure('How far each pair agrees')
  await user.click(within(heat).getByRole('button', { name: 'Russia and Armenia: 33% agreement' }))
  expect(window.location.search).toBe('?actor=russia,armenia&dimension=humanitarian')
})
