import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, expect, test } from 'vitest'
import { createQueryClient } from '../../src/app/query-client'
import { setApiReady } from '../../src/lib/api/client'
import { findFilterOption, renderApp, shownActors } from '../render-app'

// The charts' chunk is compiled on first use; do it once here rather than inside the test.
beforeAll(async () => {
  await import('../../src/features/charts/components/charts')
}, 30_000)

afterEach(() => setApiReady(() => Promise.resolve()))

test('after the data service failed to start and is started again, every panel recovers on "Try again"', async () => {
  let started = false
  setApiReady(() =>
    started ? Promise.resolve() : Promise.reject(new Error('The data service did not start.')),
  )
  // The app's own query client, with its retries, as in the page.
  const { user } = renderApp('/', createQueryClient())
  await waitFor(() =>
    expect(screen.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThanOrEqual(4),
  )
  expect(screen.getAllByText(/could not be reached/).length).toBeGreaterThanOrEqual(4)

  started = true
  // Each panel's own retry, in the order a person meets them on the page.
  for (const title of [
    'The event summary could not be loaded.',
    'The filters could not be loaded.',
    'The actors could not be loaded.',
    'The charts could not be loaded.',
  ]) {
    const panel = screen.queryByText(title)?.closest('.panel-error')
    if (!(panel instanceof HTMLElement)) continue
    await user.click(within(panel).getByRole('button', { name: 'Try again' }))
  }
  expect(
    await screen.findByRole('heading', { name: /operation in Karabakh and the cease-fire/ }),
  ).toBeInTheDocument()
  expect(await findFilterOption('Stance', 'Condemns the operation')).toBeInTheDocument()
  expect(await shownActors()).toHaveLength(10)
  expect(
    await screen.findByRole('figure', { name: /How many take each stance/ }, { timeout: 15_000 }),
  ).toBeInTheDocument()
  expect(screen.queryByText(/could not be reached/)).toBeNull()
}, 30_000)
