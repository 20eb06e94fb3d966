import { screen } from '@testing-library/react'
import { http } from 'msw'
import { afterAll, afterEach, expect, test } from 'vitest'
import { setFaultPlan, type FaultKind } from '../../mocks/faults'
import { problemResponse } from '../../mocks/problem'
import { server } from '../../mocks/serve/node'
import { createQueryClient } from '../../src/app/query-client'
import { renderApp } from '../render-app'

// How often the page asks for the actors: a failed request is the cost of every retry.
let actorRequests = 0
const countActorRequests = ({ request }: { request: Request }) => {
  if (new URL(request.url).pathname.endsWith('/api/actors')) actorRequests += 1
}
server.events.on('request:start', countActorRequests)
afterEach(() => {
  actorRequests = 0
})
afterAll(() => server.events.removeListener('request:start', countActorRequests))

/** Renders the app with its own query client and waits for the actors' panel to give up. */
async function actorsFailure() {
  renderApp('/', createQueryClient())
  await screen.findByText('The actors could not be loaded.')
  return actorRequests
}

test.each([
  ['error', 2],
  ['offline', 2],
  ['malformed', 1],
] satisfies [FaultKind, number][])(
  'actors answering "%s" are requested %i time(s) before the error shows',
  async (fault, times) => {
    setFaultPlan({ actors: fault })
    expect(await actorsFailure()).toBe(times)
  },
)

test('a 4xx answer is not asked again: the error shows after one request', async () => {
  server.use(http.get('*/api/actors', () => problemResponse(404, 'No actors here.')))
  expect(await actorsFailure()).toBe(1)
  expect(screen.getAllByText('No actors here.').length).toBeGreaterThan(0)
})
