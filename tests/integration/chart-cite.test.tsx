import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { citationStyles, renderApp } from '../render-app'

// The chart code and citeproc are lazy chunks; on a busy machine their first load takes seconds.
vi.setConfig({ testTimeout: 90_000 })

test('“Cite this chart” gives the chart, its filters in words, the view in its version and the article, in each style', async () => {
  const { user } = renderApp('/?stance=condemns')
  const chart = await screen.findByRole(
    'figure',
    { name: 'How many take each stance' },
    { timeout: 15_000 },
  )
  await user.click(
    within(chart).getByRole('button', { name: 'Cite this chart: How many take each stance' }),
  )
  const dialog = await screen.findByRole('dialog', { name: 'Cite: How many take each stance' })
  const apa = await within(dialog).findByRole(
    'region',
    { name: 'APA Style 7th edition' },
    citationStyles,
  )
  const [article, cited] = Array.from(apa.querySelectorAll('pre'), (pre) => pre.textContent)
  expect(article).toContain('Daily Sabah')
  expect(cited).toContain(
    'How many take each stance (chart; filtered: Stance: Condemns the operation)',
  )
  // The view's own address, pinned to the dataset version it shows.
  expect(cited).toMatch(/http:\/\/localhost(:\d+)?\/\?stance=condemns&version=[\d.-]+$/)
  expect(cited).toMatch(/\(Version [\d.-]+\)/)
  await user.click(within(dialog).getByRole('button', { name: 'Close' }))
  expect(
    within(chart).getByRole('button', { name: 'Cite this chart: How many take each stance' }),
  ).toHaveFocus()
})
