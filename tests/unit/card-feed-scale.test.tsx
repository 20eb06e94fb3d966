import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { ActorCards } from '../../src/features/reactions/components/actor-cards'
import { codebookLabels } from '../../src/lib/labels'
import type { CardResult } from '../../src/lib/statements/actor-results'
import { defaultViewState } from '../../src/lib/url-state/view-state'
import { WithSharedView } from '../shared-view'

const dataset = generateSyntheticDataset({ size: 6_000, seed: 3 })
const summaries = new Map(dataset.stances.map((summary) => [summary.actorId, summary]))
const results: CardResult[] = dataset.actors
  .map((actor) => ({
    actor,
    summary: summaries.get(actor.id) ?? null,
    statements: dataset.statements.filter((statement) => statement.actorId === actor.id),
  }))
  .filter((result) => result.statements.length > 0)
const reacting = results.filter((result) => !result.actor.isParty)

// jsdom lays nothing out and does not scroll the window: the page is given a height, and
// `scrollTo` sets where it is and says it scrolled, as a browser does.
const originalScrollTo = Object.getOwnPropertyDescriptor(window, 'scrollTo')
beforeEach(() => {
  Object.defineProperty(document.documentElement, 'scrollHeight', {
    configurable: true,
    value: 10_000_000,
  })
  window.scrollTo = (options?: ScrollToOptions | number) => {
    const top = typeof options === 'object' ? options.top : undefined
    if (top === undefined) return
    Object.defineProperty(window, 'scrollY', { configurable: true, value: top })
    setTimeout(() => window.dispatchEvent(new Event('scroll')))
  }
})
afterEach(() => {
  if (originalScrollTo) Object.defineProperty(window, 'scrollTo', originalScrollTo)
  Reflect.deleteProperty(document.documentElement, 'scrollHeight')
  Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 })
})

function renderCards(linkedStatement: string | null = null) {
  return render(
    <WithSharedView
      actors={dataset.actors}
      statements={dataset.statements}
      events={dataset.events}
      labels={codebookLabels(codebook)}
      view={{ ...defaultViewState, statement: linkedStatement }}
    >
      <ActorCards
        results={results}
        filtered={false}
        comparable={false}
        links={{ cite: null, method: { href: '#', onClick: () => {} } }}
      />
    </WithSharedView>,
  )
}

const feed = () => screen.getByRole('feed', { name: 'Reacting actors' })

test('a feed of two hundred cards draws only the rows near the view', async () => {
  renderCards()
  await waitFor(() => expect(within(feed()).getAllByRole('article').length).toBeGreaterThan(0))
  const drawn = within(feed()).getAllByRole('article')
  expect(reacting.length).toBeGreaterThan(150)
  expect(drawn.length).toBeLessThan(20)
  expect(drawn[0]).toHaveAttribute('aria-setsize', String(reacting.length))
  expect(drawn[0]).toHaveAttribute('aria-posinset', '1')
})

test('a long feed shows its first 12 cards, then more or all on request', async () => {
  const user = userEvent.setup()
  renderCards()
  await waitFor(() => expect(within(feed()).getAllByRole('article').length).toBeGreaterThan(0))
  const total = reacting.length
  expect(screen.getByText(`The first 12 of ${total} actors.`)).toBeVisible()
  // The feed still says how many cards it has in all.
  expect(within(feed()).getAllByRole('article')[0]).toHaveAttribute('aria-setsize', String(total))
  window.scrollTo({ top: 10_000_000 })
  await waitFor(() =>
    expect(within(feed()).getAllByRole('article').at(-1)).toHaveAttribute('aria-posinset', '12'),
  )
  await user.click(screen.getByRole('button', { name: 'Show 12 more' }))
  expect(screen.getByText(`The first 24 of ${total} actors.`)).toBeVisible()
  await user.click(screen.getByRole('button', { name: `Show all ${total}` }))
  expect(screen.queryByText(/^The first/)).toBeNull()
  expect(screen.queryByRole('button', { name: /more$/ })).toBeNull()
})

test('scrolling to the end of the page draws the last card', async () => {
  const user = userEvent.setup()
  renderCards()
  await waitFor(() => expect(within(feed()).getAllByRole('article').length).toBeGreaterThan(0))
  await user.click(screen.getByRole('button', { name: `Show all ${reacting.length}` }))
  window.scrollTo({ top: 10_000_000 })
  await waitFor(() =>
    expect(within(feed()).getAllByRole('article').at(-1)).toHaveAttribute(
      'aria-posinset',
      String(reacting.length),
    ),
  )
  expect(within(feed()).getAllByRole('article').length).toBeLessThan(20)
})

test('a permalink to a statement of the last card scrolls to it, opens it and focuses it', async () => {
  const last = reacting.at(-1)
  const statement = last?.statements.at(-1)
  if (!last || !statement) throw new Error('no last card')
  renderCards(statement.id)
  const linked = await screen.findByRole('listitem', {
    name: `Linked statement by ${last.actor.name}`,
  })
  await waitFor(() => expect(linked).toHaveFocus())
})

test('a card lists five statements and pages the rest, five at a time', async () => {
  const user = userEvent.setup()
  const busiest = reacting.reduce((most, result) =>
    result.statements.length > most.statements.length ? result : most,
  )
  const total = busiest.statements.length
  expect(total).toBeGreaterThan(12)
  renderCards(null)
  await waitFor(() => expect(within(feed()).getAllByRole('article').length).toBeGreaterThan(0))
  await user.click(screen.getByRole('button', { name: `Show all ${reacting.length}` }))
  const card = screen.queryByRole('article', { name: busiest.actor.name })
  // The busiest actor may be far down: find it by scrolling its row into view.
  const found = card ?? (await scrollToCard(busiest.actor.name))
  await user.click(within(found).getByRole('button', { name: new RegExp(`Show all ${total}`) }))
  const list = () => within(found).getAllByRole('button', { name: 'View in source' })
  expect(list()).toHaveLength(5)
  await user.click(within(found).getByRole('button', { name: `Show 5 more of ${total - 5}` }))
  expect(list()).toHaveLength(10)
  expect(within(found).getByRole('button', { name: `Show 5 more of ${total - 10}` })).toBeVisible()
})

test('a card whose statements are about several events names the event of each, short', async () => {
  renderCards()
  await waitFor(() => expect(within(feed()).getAllByRole('article').length).toBeGreaterThan(0))
  const first = reacting[0]
  if (!first) throw new Error('no card')
  const card = screen.getByRole('article', { name: first.actor.name })
  const titles = new Set(
    first.statements.map(
      (statement) =>
        dataset.events.find((event) => event.sourceIds.includes(statement.sourceId))?.title,
    ),
  )
  expect(titles.size).toBeGreaterThan(1)
  // Each by its short name, which a card has room to show whole.
  const named = within(card).getAllByText(/^Event: /)
  expect(named[0]).toBeVisible()
  for (const line of named)
    expect(line).toHaveTextContent(/^Event: \[Synthetic\] .+’s? .+, [A-Z][a-z]+ \d{4}$/)
})

async function scrollToCard(name: string) {
  const index = reacting.findIndex((result) => result.actor.name === name)
  window.scrollTo({ top: Math.max(0, Math.floor(index / 2) * 400 - 100) })
  return screen.findByRole('article', { name })
}
