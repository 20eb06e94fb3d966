import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test, vi } from 'vitest'
import { actors } from '../../data/actors'
import { event } from '../../data/event'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { dataset, labels } from '../mock-dataset'
import type { Actor } from '../../src/lib/schemas/actor'
import type { Event } from '../../src/lib/schemas/event'
import type { Statement } from '../../src/lib/schemas/statement'
import type { ActorResult } from '../../src/lib/statements/actor-results'
import { applyFilters } from '../reference/apply-filters'
import { allEvents, emptyFilterState } from '../../src/lib/url-state/filter-state'
import { defaultViewState } from '../../src/lib/url-state/view-state'
import { Charts } from '../../src/features/charts/components/charts'
import { WithSharedView } from '../shared-view'

const source = 'Source: a test of the charts at scale.'

/** The charts as the page mounts them, with their "Show as table" state kept as the page keeps it. */
function ChartsOnPage(props: {
  input: readonly ActorResult[]
  actors: readonly Actor[]
  events: readonly Event[]
  allEvents?: boolean
}) {
  const [view, setView] = useState(defaultViewState)
  const events = props.events.length > 0 ? props.events : [event]
  return (
    <WithSharedView
      view={view}
      setView={setView}
      event={props.allEvents ? allEvents : events[0]?.id}
      actors={props.actors}
      events={events}
      labels={labels}
    >
      <Charts input={props.input} sourceLine={source} />
    </WithSharedView>
  )
}

/** The synthetic corpus as the page holds it with no filter set: every actor, every statement. */
function synthetic(size: number) {
  const data = generateSyntheticDataset({ size, events: 20 })
  const byActor = new Map<string, Statement[]>()
  for (const statement of data.statements)
    byActor.set(statement.actorId, [...(byActor.get(statement.actorId) ?? []), statement])
  const input = data.actors.map((actor, index) => {
    const summary = data.stances[index]
    if (!summary) throw new Error(`No summary for ${actor.id}`)
    return { actor, summary, statements: byActor.get(actor.id) ?? [] }
  })
  return { data, input }
}

// Two hundred actors' charts render slowly in jsdom on a shared machine: allow them the time.
vi.setConfig({ testTimeout: 60_000 })

const figure = (name: string) => screen.getByRole('figure', { name })

test('the article’s statements are drawn one by one, with no aggregation note or actor picker', () => {
  render(
    <ChartsOnPage
      input={applyFilters(dataset, emptyFilterState)}
      actors={actors}
      events={[event]}
    />,
  )
  expect(screen.queryByText(/^(Aggregated|Limited|Grouped):/)).not.toBeInTheDocument()
  expect(screen.queryByText(/Actors shown/)).not.toBeInTheDocument()
  // The timeline draws its marks against the milestones, as it always has.
  expect(
    within(figure('Statements over time')).getByRole('list', { name: 'Milestones' }),
  ).toBeVisible()
})

test('at scale each chart says how it aggregates, in its caption and its description', () => {
  const { data, input } = synthetic(400)
  render(<ChartsOnPage input={input} actors={data.actors} events={data.events} />)
  const timeline = figure('Statements over time')
  const note = within(timeline).getByText(
    /^Aggregated: 400 statements are more than the 200 the chart draws one by one, so each bar counts the statements of a week, by stance\.$/,
  )
  expect(note).toBeVisible()
  expect(timeline).toHaveAccessibleDescription(/^Aggregated: 400 statements .* counted per week\./)
  const matrix = figure('Who took which position')
  expect(
    within(matrix).getByText(
      `Limited: the 15 with the most statements, of ${data.actors.length} actors matching the filters. Choose others under Actors shown.`,
    ),
  ).toBeVisible()
  // Fifteen actors' rows, and the heading row.
  expect(within(matrix).getAllByRole('row')).toHaveLength(16)
  expect(within(figure('How far each pair agrees')).getAllByRole('row')).toHaveLength(16)
  const spectrum = figure('Where each actor stands')
  const reacting = input.filter((row) => !row.actor.isParty).length
  expect(
    within(spectrum).getByText(
      `Grouped: ${reacting} actors are more than the 40 the scale names one by one, so each lane counts its actors and names the 5 with the most statements; the table lists every actor.`,
    ),
  ).toBeVisible()
  expect(within(spectrum).getAllByText(/^and \d+ more$/).length).toBeGreaterThan(0)
})

test('the matrix’s picker chooses which actors it shows', async () => {
  const user = userEvent.setup()
  const { data, input } = synthetic(400)
  render(<ChartsOnPage input={input} actors={data.actors} events={data.events} />)
  const matrix = figure('Who took which position')
  const quietest = [...input].sort((a, b) => a.statements.length - b.statements.length)[0]
  if (!quietest) throw new Error('No actor')
  const name = quietest.actor.shortName
  expect(within(matrix).queryByRole('rowheader', { name })).not.toBeInTheDocument()
  await user.click(within(matrix).getByText(`Actors shown (15 of ${data.actors.length})`))
  await user.click(within(matrix).getByRole('searchbox', { name: 'Find an actor' }))
  await user.paste(name)
  await user.click(within(matrix).getByRole('checkbox', { name: new RegExp(`^${name} \\(`) }))
  expect(within(matrix).getByRole('rowheader', { name })).toBeInTheDocument()
  expect(
    within(matrix).getByText(
      `Limited: the 16 actors chosen, of ${data.actors.length} actors matching the filters. Choose others under Actors shown.`,
    ),
  ).toBeVisible()
  // The heat map keeps its own choice.
  expect(
    within(figure('How far each pair agrees')).queryByRole('rowheader', { name }),
  ).not.toBeInTheDocument()
  await user.click(within(matrix).getByRole('button', { name: /^Show the 15 with the most/ }))
  expect(within(matrix).queryByRole('rowheader', { name })).not.toBeInTheDocument()
})

test('a chart’s table pages by 50 rows, with next and previous', async () => {
  const user = userEvent.setup()
  const { data, input } = synthetic(400)
  render(<ChartsOnPage input={input} actors={data.actors} events={data.events} />)
  const spectrum = figure('Where each actor stands')
  await user.click(within(spectrum).getByRole('button', { name: 'Show as table' }))
  const rows = () => within(spectrum).getAllByRole('row').slice(1)
  expect(rows()).toHaveLength(50)
  expect(within(spectrum).getByText(/^Rows 1–50 of \d+$/)).toBeVisible()
  expect(within(spectrum).getByRole('button', { name: 'Previous rows' })).toBeDisabled()
  const firstPage = rows().map((row) => row.textContent)
  await user.click(within(spectrum).getByRole('button', { name: 'Next rows' }))
  expect(within(spectrum).getByText(/^Rows 51–100 of \d+$/)).toBeVisible()
  expect(rows().map((row) => row.textContent)).not.toEqual(firstPage)
  await user.click(within(spectrum).getByRole('button', { name: 'Previous rows' }))
  expect(rows().map((row) => row.textContent)).toEqual(firstPage)
})

test('across all events a country takes its most frequent stance, and a tie says so', async () => {
  const user = userEvent.setup()
  // A second event, for this test only: France's statements copied into it and recoded as
  // supporting, so France condemns in one event and supports in the other: a tie.
  const second: Event = { ...event, id: 'test-second-event', sourceIds: ['test-second-source'] }
  const recoded = dataset.statements
    .filter((statement) => statement.actorId === 'france')
    .map((statement) => ({
      ...statement,
      id: `${statement.id}-second`,
      sourceId: 'test-second-source',
      stance: 'supports' as const,
    }))
  const input = applyFilters(
    { ...dataset, statements: [...dataset.statements, ...recoded] },
    emptyFilterState,
  )
  render(<ChartsOnPage input={input} actors={actors} events={[event, second]} allEvents />)
  const map = figure('Where each country stands')
  expect(
    within(map).getByText(
      'All events: each country is coloured by the stance derived for it most often across the events. Where two or more stances are derived equally often, the country is not placed on the scale and its stances are named.',
    ),
  ).toBeVisible()
  expect(map).toHaveAccessibleDescription(
    /Tied across events, so not placed on the scale: France \(Supports the operation and Condemns the operation equally often\)\./,
  )
  // Germany speaks in one event only: its stance there is its stance across events.
  expect(map).toHaveAccessibleDescription(/Condemns the operation: [^.]*Germany/)
  await user.click(within(map).getByRole('button', { name: 'Show as table' }))
  const france = within(map).getByRole('row', { name: /^France/ })
  expect(france).toHaveTextContent(
    'Not placed on the scale (tied: Supports the operation and Condemns the operation)',
  )
})
