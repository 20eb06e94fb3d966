import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, expect, test } from 'vitest'
import {
  resources,
  setFaultPlan,
  setSlowMs,
  type FaultKind,
  type Resource,
} from '../../mocks/faults'
import { findFilterOption, renderApp, shownActors } from '../render-app'

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
    shown: () => screen.queryByText(/^All [\d,]+ actors?/),
    failed: 'The actors could not be loaded.',
  },
  {
    name: 'charts',
    shown: () => screen.queryByRole('figure', { name: /How many take each stance/ }),
    failed: 'The charts could not be loaded.',
  },
]

/** The one message that says the derived stances failed; everything else shows without them. */
const stancesFailed = 'The derived stances could not be loaded.'
/** The charts' note in place of the charts while the stances are unavailable. */
const chartsLeftOut = /^The charts need the derived stances/

// The charts' chunk is compiled on first use; do it once here rather than inside the first case.
beforeAll(async () => {
  await import('../../src/features/charts/components/charts')
}, 30_000)

const stillLoading = () => screen.queryAllByRole('status', { name: /^Loading/ })

/** Every panel has settled: each shows its content or its error, none is a skeleton any more. */
async function everyPanelSettled() {
  await waitFor(() => {
    expect(stillLoading()).toEqual([])
    for (const panel of panels)
      expect(
        panel.shown() ??
          screen.queryByText(panel.failed) ??
          (panel.name === 'charts' ? screen.queryByText(chartsLeftOut) : null),
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
    const failed = [...panels.map((panel) => panel.failed), stancesFailed].filter((title) =>
      screen.queryByText(title),
    )
    if (fault === 'slow') expect(failed).toEqual([])
    else expect(failed.length, `nothing says that ${resource} failed`).toBeGreaterThan(0)

    setFaultPlan({})
    for (const retry of screen.queryAllByRole('button', { name: 'Try again' }))
      if (retry.isConnected) await user.click(retry)
    // The charts' chunk renders slowly the first time on a loaded machine: give it the room.
    await waitFor(
      () => {
        for (const panel of panels) expect(panel.shown(), `the ${panel.name}`).not.toBeNull()
      },
      { timeout: 15_000 },
    )
    expect(within(document.body).queryByText(/could not be loaded/)).toBeNull()
  },
  // Each case renders the whole app with its charts, twice; shared machines need the room.
  30_000,
)

test.each(['error', 'malformed', 'offline'] as const)(
  'with stances answering "%s", the cards, filters and event show without them, said once',
  async (fault) => {
    setFaultPlan({ stances: fault })
    const { user } = renderApp()
    const cards = await shownActors()
    expect(cards).toHaveLength(10)
    await everyPanelSettled()
    // One message, in one place, with one retry; no panel fails as a whole.
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(screen.getByRole('alert')).toHaveTextContent(stancesFailed)
    expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1)
    for (const panel of panels) expect(screen.queryByText(panel.failed)).toBeNull()
    // Each card claims no stance it does not have.
    for (const card of screen.getAllByRole('article')) {
      expect(within(card).getByText('Stance not available')).toBeInTheDocument()
      expect(within(card).queryByText(/How the stance is derived/)).toBeNull()
    }
    // The stance filter says it is unavailable; the others filter the cards.
    const stance = screen.getByRole('group', { name: 'Stance' })
    expect(within(stance).queryAllByRole('checkbox')).toEqual([])
    expect(stance).toHaveTextContent(/Not available/)
    await user.click(await findFilterOption('Kind of actor', 'International organisation'))
    expect(await screen.findByText(/^Showing 2 of 10 actors/)).toBeInTheDocument()
    // The charts are left out with a note, not a second error.
    const charts = screen.getByRole('region', { name: 'Charts' })
    expect(within(charts).getByText(chartsLeftOut)).toBeInTheDocument()
    expect(within(charts).queryByRole('figure')).toBeNull()

    setFaultPlan({})
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('figure', { name: /How many take each stance/ })).toBeVisible()
    expect(await findFilterOption('Stance', 'Condemns the operation')).toBeInTheDocument()
    expect(screen.queryByText('Stance not available')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  },
  30_000,
)
