import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { setFaultPlan } from '../../mocks/faults'
import { server } from '../../mocks/serve/node'
import { renderApp, resultCount, shownActors } from '../render-app'

test('skeletons are announced while the data loads, then replaced', async () => {
  renderApp()
  expect(
    screen.getByRole('status', { name: 'Loading the actors and their stances' }),
  ).toBeInTheDocument()
  expect(screen.getByRole('status', { name: 'Loading the event summary' })).toBeInTheDocument()
  await resultCount()
  expect(
    screen.queryByRole('status', { name: 'Loading the actors and their stances' }),
  ).not.toBeInTheDocument()
})

test('a failed request shows an error in its panels, with a retry that works', async () => {
  setFaultPlan({ codebook: 'error' })
  const { user } = renderApp()
  const alerts = await screen.findAllByRole('alert')
  const actorsAlert = alerts.find((alert) =>
    alert.textContent.includes('The actors could not be loaded.'),
  )
  expect(actorsAlert).toHaveTextContent('Injected fault: the codebook endpoint failed.')
  // The filters and charts need the codebook too: they say so, and only the actors' panel alerts.
  expect(await screen.findByText('The filters could not be loaded.')).toBeInTheDocument()
  expect(await screen.findByText('The charts could not be loaded.')).toBeInTheDocument()
  expect(screen.getAllByRole('alert')).toEqual([actorsAlert])
  // The panel that does not need the codebook keeps working.
  expect(
    await screen.findByRole('heading', { name: /operation in Karabakh and the cease-fire/ }),
  ).toBeInTheDocument()
  setFaultPlan({})
  await user.click(within(actorsAlert!).getByRole('button', { name: 'Try again' }))
  expect(await shownActors()).toHaveLength(10)
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

test('when the event fails, the actors still show', async () => {
  setFaultPlan({ events: 'error' })
  renderApp()
  expect(await shownActors()).toHaveLength(10)
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The event summary could not be loaded.',
  )
})

test('a malformed answer is reported in words, not shown', async () => {
  setFaultPlan({ actors: 'malformed' })
  renderApp()
  const alerts = await screen.findAllByRole('alert')
  expect(alerts[0]).toHaveTextContent('data in an unexpected shape')
})

test('an unreachable service is reported in words', async () => {
  setFaultPlan({ '*': 'offline' })
  renderApp()
  const alerts = await screen.findAllByRole('alert')
  expect(alerts[0]).toHaveTextContent('could not be reached')
})

test('a server error without details still reads well', async () => {
  server.use(http.get('*/api/statements', () => new HttpResponse(null, { status: 503 })))
  renderApp()
  const alerts = await screen.findAllByRole('alert')
  expect(alerts.some((alert) => alert.textContent.includes('The data service answered 503.'))).toBe(
    true,
  )
})

test('without the sources the cards show, and say why they offer no citation or download', async () => {
  setFaultPlan({ sources: 'error' })
  renderApp()
  expect(await shownActors()).toHaveLength(10)
  expect(
    screen.getByText(/^Downloads, citations, the link to copy and the embed code need/),
  ).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Cite this view' })).toBeNull()
})
