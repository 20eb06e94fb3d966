import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { event as articleEvent } from '../../data/event'
import { syntheticDataset } from '../../mocks/handlers/dataset'
import { serveDataset } from '../../mocks/serve/node'
import { renderApp, shownActors } from '../render-app'

vi.setConfig({ testTimeout: 60_000 })

// Small enough for the page's one request (500 statements), with several events to choose from.
const served = syntheticDataset({ size: 480, events: 12 })
const { events, statements } = served.latest

/** The actors who spoke in an event, as its sources hold them. */
const actorsIn = (eventId: string) => {
  const sources = new Set(events.find((event) => event.id === eventId)?.sourceIds)
  return new Set(
    statements
      .filter((statement) => sources.has(statement.sourceId))
      .map((statement) => statement.actorId),
  )
}

const picker = () => screen.findByRole('combobox', { name: 'Event' })
const searchOf = () => new URLSearchParams(window.location.search)

test('typing part of an event title and pressing Enter shows that event, in the link too', async () => {
  serveDataset(served)
  const { user } = renderApp('/')
  const field = await picker()
  // The first event is shown by default.
  expect(field).toHaveValue(events[0]?.title)
  await waitFor(async () =>
    expect(await shownActors()).toHaveLength(actorsIn(events[0]?.id ?? '').size),
  )

  const wanted = events[6]
  if (!wanted) throw new Error('the dataset has fewer than 7 events')
  await user.click(field)
  await user.clear(field)
  await user.type(field, 'Event 007', { skipClick: true })
  const list = screen.getByRole('listbox', { name: 'Events' })
  const options = within(list).getAllByRole('option')
  // "All events" stays offered; of the events, only the one typed.
  expect(options.map((option) => option.querySelector('.event-option-title')?.textContent)).toEqual(
    ['All events', wanted.title],
  )
  expect(options[1]).toHaveTextContent(`${actorsIn(wanted.id).size} actors`)
  await user.keyboard('{ArrowDown}{Enter}')

  expect(searchOf().get('event')).toBe(wanted.id)
  expect(await screen.findByRole('heading', { level: 2, name: wanted.title })).toBeInTheDocument()
  const names = await shownActors()
  const expected = served.latest.actors
    .filter((actor) => actorsIn(wanted.id).has(actor.id))
    .map((actor) => actor.name)
  expect(names).toEqual(expected)
})

test('"All events" shows the actors of every event, and the link says event=all', async () => {
  serveDataset(served)
  // Three actors, so the cards stay few: one who spoke in the first event, two who did not.
  const first = actorsIn(events[0]?.id ?? '')
  const speakers = new Set(statements.map((statement) => statement.actorId))
  const inFirst = served.latest.actors.filter((actor) => first.has(actor.id)).slice(0, 1)
  const elsewhere = served.latest.actors
    .filter((actor) => speakers.has(actor.id) && !first.has(actor.id))
    .slice(0, 2)
  const chosen = [...inFirst, ...elsewhere]
  const { user } = renderApp(`/?actor=${chosen.map((actor) => actor.id).join(',')}`)
  const field = await picker()
  await waitFor(async () => expect(await shownActors()).toEqual(inFirst.map((actor) => actor.name)))
  await user.click(field)
  await user.keyboard('{Home}')
  const active = field.getAttribute('aria-activedescendant')
  expect(document.getElementById(active ?? '')).toHaveTextContent(/^All events/)
  await user.keyboard('{Enter}')
  expect(searchOf().get('event')).toBe('all')
  expect(await screen.findByRole('heading', { level: 2, name: 'All events' })).toBeInTheDocument()
  await waitFor(async () =>
    expect(await shownActors()).toEqual(
      served.latest.actors.filter((actor) => chosen.includes(actor)).map((actor) => actor.name),
    ),
  )
  // Escape closes the list and leaves the choice as it was.
  await user.click(field)
  await user.type(field, 'Event 00', { skipClick: true })
  expect(field).toHaveAttribute('aria-expanded', 'true')
  await user.keyboard('{Escape}')
  expect(field).toHaveAttribute('aria-expanded', 'false')
  expect(field).toHaveValue('All events')
  expect(searchOf().get('event')).toBe('all')
})

test('with the article, the picker offers its one event and "All events"', async () => {
  const { user } = renderApp('/')
  const field = await picker()
  await user.click(field)
  const options = within(screen.getByRole('listbox', { name: 'Events' })).getAllByRole('option')
  expect(options).toHaveLength(2)
  expect(options[0]).toHaveTextContent(/^All events/)
  expect(options[1]).toHaveTextContent(/Karabakh.*10 actors · 22 statements/)
  expect(options[1]).toHaveAttribute('aria-selected', 'true')
})

test('a link to an unknown event says so and shows the first event', async () => {
  renderApp('/?event=no-such-event')
  // The id is checked once the events are in.
  expect(await screen.findByText(/no such event/, {}, { timeout: 15_000 })).toBeInTheDocument()
  await waitFor(() => expect(searchOf().has('event')).toBe(false))
  await waitFor(async () => expect(await picker()).toHaveValue(articleEvent.title))
})
