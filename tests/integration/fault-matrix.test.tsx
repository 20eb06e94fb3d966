import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, expect, test } from 'vitest'
import {
  resources,
  setFaultPlan,
  setSlowMs,
  type FaultKind,
  type Resource,
} from '../../mocks/faults'
import { renderApp } from '../render-app'

/** Each panel of the dashboard: what it shows when it has its data, and its error's title. */
const panels = [
  {
    name: 'event summary',
    shown: () => screen.queryByRole('heading', { name: /operation in Karabakh/ }),
    failed: 'The event summary could not be loaded.',
  },
  {
    name: 'filters',
    shown: () => screen.queryByRole('group', { name: 'Stance' }),
    failed: 'The filters could not be loaded.',
  },
  {
    name: 'actors',
    shown: () => screen.queryByText(/^All \d+ actors/),
    failed: 'The actors could not be loaded.',
  },
  {
    name: 'charts',
    shown: () => screen.queryByRole('figure', { name: /How many take each stance/ }),
    failed: 'The charts could not be loaded.',
  },
]

// The charts' chunk is compiled on first use; do it once here rather than inside the first case.
beforeAll(async () => {
  await import('../../src/features/charts/components/charts-panel')
}, 30_000)

const stillLoading = () => screen.queryAllByRole('status', { name: /^Loading/ })

/** Every panel has settled: each shows its content or its error, none is a skeleton any more. */
async function everyPanelSettled() {
  await waitFor(() => {
    expect(stillLoading()).toEqual([])
    for (const panel of panels)
      expect(
        panel.shown() ?? screen.queryByText(panel.failed),
        `the ${panel.name} show neither their content nor an error`,
      ).not.toBeNull()
  })
}

const cases: [Resource, FaultKind][] = [
  ...resources.flatMap((resource) =>
    (['error', 'malformed', 'offline'] as const).map((fault): [Resource, FaultKind] => [
      resource,
      fault,
    ]),
  ),
  ['statements', 'slow'],
]

test.each(cases)(
  'with %s answering "%s", every panel shows its content or an error whose retry recovers',
  async (resource, fault) => {
    setSlowMs(20)
    setFaultPlan({ [resource]: fault })
    const { user } = renderApp()
    await everyPanelSettled()
    const failed = panels.filter((panel) => screen.queryByText(panel.failed))
    if (fault === 'slow') expect(failed).toEqual([])
    else expect(failed.length, `nothing says that ${resource} failed`).toBeGreaterThan(0)

    setFaultPlan({})
    for (const retry of screen.queryAllByRole('button', { name: 'Try again' }))
      if (retry.isConnected) await user.click(retry)
    await waitFor(() => {
      for (const panel of panels) expect(panel.shown(), `the ${panel.name}`).not.toBeNull()
    })
    expect(within(document.body).queryByText(/could not be loaded/)).toBeNull()
  },
  // Each case renders the whole app with its charts, twice; shared machines need the room.
  30_000,
)
