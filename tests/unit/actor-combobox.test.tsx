import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type ReactElement } from 'react'
import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { ActorComparison } from '../../src/features/compare/components/actor-comparison'
import { codebookLabels } from '../../src/lib/labels'
import type { Statement } from '../../src/lib/schemas/statement'
import { inEvent } from '../../src/lib/statements/in-event'
import { allEvents } from '../../src/lib/url-state/filter-state'
import { defaultViewState } from '../../src/lib/url-state/view-state'
import { WithSharedView } from '../shared-view'

// A synthetic corpus: 227 actors of three kinds over 250 fictional events.
const dataset = generateSyntheticDataset({ size: 3000, seed: 5 })
const labels = codebookLabels(codebook)
const nameOf = (id: string) => dataset.actors.find((actor) => actor.id === id)?.name ?? id
const statementsOf = (id: string, statements: readonly Statement[] = dataset.statements) =>
  statements.filter((statement) => statement.actorId === id).length

/** The comparison's picker, with the address's `compare` kept in state as the page keeps it. */
function Compare({ initial = [], event = allEvents }: { initial?: string[]; event?: string }) {
  const [view, setView] = useState({ ...defaultViewState, compare: initial })
  return (
    <WithSharedView
      view={view}
      setView={setView}
      actors={dataset.actors}
      statements={dataset.statements}
      events={dataset.events}
      event={event}
      labels={labels}
    >
      <ActorComparison stances={dataset.stances} />
      <p data-testid="address">{view.compare.join(',')}</p>
    </WithSharedView>
  )
}

/** Renders the comparison and waits, as a reader does, for its picker to answer. */
async function show(ui: ReactElement) {
  render(ui)
  await screen.findByRole('combobox', { name: 'Choose two to four actors' })
}

const picker = () => screen.getByRole('combobox', { name: 'Choose two to four actors' })
const address = () => screen.getByTestId('address').textContent
const chips = () =>
  screen.queryAllByRole('button', { name: /^Remove / }).map((chip) => chip.textContent)
const activeOption = () =>
  document.getElementById(picker().getAttribute('aria-activedescendant') ?? '')

test('closed, the picker is one text box and the chosen actors, with no list of every actor', async () => {
  await show(<Compare initial={['united-states', 'turkiye']} />)
  expect(picker()).toHaveAttribute('aria-expanded', 'false')
  expect(screen.queryAllByRole('option')).toHaveLength(0)
  expect(screen.queryAllByRole('checkbox')).toHaveLength(0)
  expect(chips()).toEqual(['United States ×', 'Türkiye ×'])
})

test('by keyboard alone: arrows, End, Home, Enter and Space choose; Escape closes', async () => {
  const user = userEvent.setup()
  await show(<Compare />)
  await user.click(picker())
  await user.keyboard('{Escape}')
  expect(picker()).toHaveAttribute('aria-expanded', 'false')
  await user.keyboard('{ArrowDown}')
  expect(picker()).toHaveAttribute('aria-expanded', 'true')
  const options = screen.getAllByRole('option')
  expect(options).toHaveLength(dataset.actors.length)
  expect(activeOption()).toBe(options[0])
  await user.keyboard('{End}')
  expect(activeOption()).toBe(options.at(-1))
  await user.keyboard('{Home}{ArrowDown}')
  const second = options[1]
  expect(activeOption()).toBe(second)
  await user.keyboard('{Enter}')
  expect(second).toHaveAttribute('aria-selected', 'true')
  const name = second?.querySelector('.actor-option-name')?.textContent ?? ''
  expect(chips()).toEqual([`${name} ×`])
  expect(screen.getByRole('status')).toHaveTextContent(`${name} added. 1 actor chosen.`)
  await user.keyboard(' ')
  expect(second).toHaveAttribute('aria-selected', 'false')
  expect(chips()).toEqual([])
  expect(screen.getByRole('status')).toHaveTextContent(`${name} removed. 0 actors chosen.`)
  await user.keyboard('{ArrowUp}{Enter}')
  expect(activeOption()).toBe(options[0])
  expect(chips()).toEqual([
    `${options[0]?.querySelector('.actor-option-name')?.textContent ?? ''} ×`,
  ])
  await user.keyboard('{Escape}')
  expect(picker()).toHaveAttribute('aria-expanded', 'false')
  expect(picker()).toHaveFocus()
})

test('typing another name the search knows finds the actor: “Turkey” finds Türkiye', async () => {
  const user = userEvent.setup()
  await show(<Compare />)
  await user.type(picker(), 'Turkey')
  // The other names load with the first letter typed, as the search's do.
  const turkiye = await screen.findByRole(
    'option',
    { name: /^Türkiye “Turkey”/ },
    { timeout: 15_000 },
  )
  expect(screen.getAllByRole('option')).toEqual([turkiye])
  await user.keyboard('{Enter}')
  expect(address()).toBe('turkiye')
  await user.clear(picker())
  await user.type(picker(), 'ankar')
  expect(await screen.findByRole('option', { name: /^Türkiye “Ankara”/ })).toBeInTheDocument()
})

test('the options are grouped by kind, each with its statements in the view', async () => {
  const user = userEvent.setup()
  await show(<Compare />)
  await user.click(picker())
  expect(within(screen.getByRole('listbox')).getAllByRole('group')).toHaveLength(3)
  const named = (name: string) => within(screen.getByRole('listbox')).getByRole('group', { name })
  const states = within(named('States')).getAllByRole('option')
  const organisations = within(named('International organisations')).getAllByRole('option')
  expect(states).toHaveLength(dataset.actors.filter((actor) => actor.kind === 'state').length)
  expect(organisations).toHaveLength(
    dataset.actors.filter((actor) => actor.kind === 'international-organisation').length,
  )
  expect(within(named('Observer states')).getAllByRole('option')).toHaveLength(2)
  expect(within(named('States')).getByRole('option', { name: /^Türkiye / })).toHaveAccessibleName(
    `Türkiye ${statementsOf('turkiye')} statements`,
  )
  // The most statements first within a kind.
  const counts = states.map((option) => Number(/(\d+) statements?$/.exec(option.textContent)?.[1]))
  expect(counts).toEqual([...counts].sort((a, b) => b - a))
})

// The first event with more than a handful of actors, and an actor who did not speak on it.
const event = dataset.events.find(
  (item) => inEvent(dataset.actors, dataset.statements, dataset.events, item.id).actors.length > 12,
)
if (!event) throw new Error('The corpus has no event with more than 12 actors.')
const own = inEvent(dataset.actors, dataset.statements, dataset.events, event.id)
const outsider = dataset.actors.find((actor) => !own.actors.includes(actor))
if (!outsider) throw new Error('Every actor spoke on the event.')

test('with one event chosen, only its actors are offered, counted on it', async () => {
  const user = userEvent.setup()
  await show(<Compare event={event.id} />)
  await user.click(picker())
  const options = screen.getAllByRole('option')
  expect(options).toHaveLength(own.actors.length)
  expect(own.actors.length).toBeLessThan(dataset.actors.length)
  const [first] = own.actors
  expect(screen.getByRole('option', { name: new RegExp(`^${first?.name} `) })).toHaveTextContent(
    String(statementsOf(first?.id ?? '', own.statements)),
  )
  await user.type(picker(), outsider.name)
  expect(screen.queryByRole('option', { name: new RegExp(`^${outsider.name} `) })).toBeNull()
  expect(screen.getByText(`No actor is named “${outsider.name}”.`)).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Show all actors' })).toBeNull()
})

test('an actor the address chose outside the event is kept, and all actors can be shown', async () => {
  const user = userEvent.setup()
  const [first] = own.actors
  await show(<Compare event={event.id} initial={[outsider.id, first?.id ?? '']} />)
  expect(chips()).toEqual([`${outsider.name} ×`, `${first?.name} ×`])
  expect(address()).toBe(`${outsider.id},${first?.id}`)
  expect(screen.getByText(/is not among this event’s actors/)).toHaveTextContent(
    `${outsider.name} is not among this event’s actors.`,
  )
  const showAll = screen.getByRole('button', { name: 'Show all actors' })
  await user.click(showAll)
  expect(showAll).toHaveAttribute('aria-pressed', 'true')
  await user.click(picker())
  expect(screen.getAllByRole('option')).toHaveLength(dataset.actors.length)
  expect(screen.getByRole('option', { name: new RegExp(`^${outsider.name} `) })).toHaveAttribute(
    'aria-selected',
    'true',
  )
})

test('a chip’s button removes its actor, and so does Backspace in the empty box', async () => {
  const user = userEvent.setup()
  await show(<Compare initial={['united-states', 'turkiye', 'russia']} />)
  await user.click(screen.getByRole('button', { name: 'Remove Türkiye' }))
  expect(address()).toBe('united-states,russia')
  expect(picker()).toHaveFocus()
  expect(screen.getByRole('status')).toHaveTextContent('Türkiye removed. 2 actors chosen.')
  await user.keyboard('R{Backspace}')
  expect(address()).toBe('united-states,russia')
  await user.keyboard('{Backspace}')
  expect(address()).toBe('united-states')
  expect(chips()).toEqual(['United States ×'])
})

test('four chosen, a fifth cannot be added until one is removed', async () => {
  const user = userEvent.setup()
  const four = ['united-states', 'turkiye', 'russia', 'armenia']
  await show(<Compare initial={four} />)
  await user.type(picker(), 'France')
  const france = screen.getByRole('option', { name: /^France / })
  expect(france).toHaveAttribute('aria-disabled', 'true')
  await user.keyboard('{Enter}')
  expect(address()).toBe(four.join(','))
  expect(screen.getByRole('status')).toHaveTextContent(
    '4 actors chosen: remove one to add another.',
  )
  expect(nameOf('france')).toBe('France')
})

test('a name that begins with what was typed comes first in its kind', async () => {
  const user = userEvent.setup()
  await show(<Compare />)
  await user.type(picker(), 'ger')
  const states = within(screen.getByRole('group', { name: 'States' })).getAllByRole('option')
  expect(states[0]).toHaveAccessibleName(/^Germany \d+ statements?$/)
  expect(states.length).toBeGreaterThan(1)
})
