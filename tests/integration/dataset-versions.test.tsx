import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from '../render-app'

test('an embed frozen to the first dataset keeps showing it, coded by its own rule', async () => {
  renderApp('/?embed=card:turkiye&version=2026-11-27.1')
  expect(
    await screen.findByText('As of dataset 2026-11-27.1 (27 November 2026), frozen.'),
  ).toBeInTheDocument()
  const card = await screen.findByRole('article', { name: 'Türkiye' })
  // Dataset 2026-11-27.1 split Türkiye's sentence from Erdoğan's quote and coded "backs Azerbaijan".
  expect(within(card).getByRole('button', { name: /Show all 4 statements/ })).toBeInTheDocument()
  expect(card).toHaveTextContent('Backs Azerbaijan')
})

test('without a version the latest dataset is shown', async () => {
  renderApp('/?embed=card:turkiye')
  const card = await screen.findByRole('article', { name: 'Türkiye' })
  expect(within(card).getByRole('button', { name: /Show all 3 statements/ })).toBeInTheDocument()
  expect(card).not.toHaveTextContent('Backs Azerbaijan')
})

test('an embed frozen to a version no longer served says so and shows the latest', async () => {
  renderApp('/?embed=card:turkiye&version=2020-01-01.1')
  expect(
    await screen.findByText(
      'Frozen at dataset 2020-01-01.1, which is no longer served: showing dataset 2026-12-07.2.',
    ),
  ).toBeInTheDocument()
})
