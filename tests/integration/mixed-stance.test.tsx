import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test, vi } from 'vitest'
import { server } from '../../mocks/serve/node'
import { mixedDataset } from '../mock-dataset'
import { renderApp } from '../render-app'

// The chart code is a lazy chunk that can take a while to load on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

/**
 * The mock API answers with stances derived by the real rule from the real statements, with
 * Türkiye's support recoded as not explicit (see mixedDataset), which makes Türkiye mixed.
 */
const serveMixedStances = () =>
  server.use(http.get('*/api/stances', () => HttpResponse.json({ data: mixedDataset.stances })))

const mixedLabel = 'Mixed: Supports the operation – Calls on all sides'

test('a mixed actor shows a mixed badge, a Mixed column and lane, and how it was derived', async () => {
  serveMixedStances()
  renderApp('/?compare=turkiye,russia&tables=distribution,spectrum')
  const card = await screen.findByRole('article', { name: 'Türkiye' })
  const badge = within(card).getByText(mixedLabel)
  expect(badge).toHaveAttribute('data-stance', 'mixed')

  const compare = await screen.findByRole('table', { name: /side by side/ })
  const row = within(compare).getByRole('rowheader', { name: /^How the stance was derived/ })
  expect(row).toHaveTextContent('≠ Differs')
  const cells = within(row.closest('tr')!).getAllByRole('cell')
  expect(cells[0]).toHaveTextContent('Mixed: no single central stance, based on 2 statements')
  expect(cells[1]).toHaveTextContent('Median, based on 1 statement')
  const stanceRow = within(compare)
    .getByRole('rowheader', { name: /^Stance/ })
    .closest('tr')!
  expect(within(stanceRow).getByText(mixedLabel)).toHaveAttribute('data-stance', 'mixed')

  const counts = await screen.findByRole(
    'table',
    { name: 'Actors and statements by stance' },
    {
      timeout: 15_000,
    },
  )
  const mixedRow = within(counts).getByRole('cell', { name: 'Mixed' }).closest('tr')!
  expect(
    within(mixedRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['Mixed', '1', 'Counted under each stance'])
  const places = await screen.findByRole('table', {
    name: 'Each actor’s place on the stance scale',
  })
  const rowOf = (name: string) =>
    within(within(places).getByRole('cell', { name }).closest('tr')!).getAllByRole('cell')
  expect(rowOf('Türkiye').map((cell) => cell.textContent)).toEqual([
    'Türkiye',
    '1 to 2',
    mixedLabel,
  ])
  expect(rowOf('United States')[2]).toHaveTextContent(
    'Urges Azerbaijan to halt (based on 1 statement)',
  )
})

test('the spectrum draws a Mixed lane, each actor labelled with its range', async () => {
  serveMixedStances()
  renderApp()
  const spectrum = await screen.findByRole(
    'figure',
    { name: 'Where each actor stands' },
    {
      timeout: 15_000,
    },
  )
  expect(
    within(spectrum).getByRole('button', {
      name: 'Türkiye (Supports the operation – Calls on all sides): show only Türkiye',
    }),
  ).toHaveAttribute('title', mixedLabel)
  expect(within(spectrum).getByText('Mixed')).toBeInTheDocument()
})
