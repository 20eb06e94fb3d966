import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { FacetGroup } from '../../src/features/filters/components/facet-group'
import {
  FilterPanel,
  type FacetCountsByValue,
} from '../../src/features/filters/components/filter-panel'
import { filterGroups } from '../../src/features/filters/filter-options'
import { codebookLabels } from '../../src/lib/labels'
import { inEvent } from '../../src/lib/statements/in-event'
import { filterByStatements } from '../reference/apply-filters'
import { emptyFilterState, type FilterState } from '../../src/lib/url-state/filter-state'
import { WithSharedView } from '../shared-view'

const dataset = generateSyntheticDataset({ size: 800, seed: 5 })
const groups = filterGroups(dataset.actors, dataset.statements, codebookLabels(codebook))
const countActors = (state: FilterState) => filterByStatements(dataset, state).length

function Panel({
  facetCounts = null,
  initial = emptyFilterState,
}: {
  facetCounts?: FacetCountsByValue | null
  initial?: FilterState
}) {
  const [state, setState] = useState(initial)
  return (
    <WithSharedView
      filters={state}
      setFilters={setState}
      actors={dataset.actors}
      statements={dataset.statements}
    >
      <FilterPanel
        countActors={facetCounts ? () => 0 : countActors}
        facetCounts={facetCounts}
        groups={groups}
        dateBounds={{ min: '2015-01-01', max: '2026-12-31' }}
      />
    </WithSharedView>
  )
}

/** The actor filter's list of checkboxes alone, as a facet with hundreds of options draws it. */
function ActorCheckboxes({ initial = emptyFilterState }: { initial?: FilterState }) {
  const [state, setState] = useState(initial)
  const group = groups.find((item) => item.key === 'actor')
  if (!group) throw new Error('No actor filter.')
  const counts = new Map(
    group.options.map((option) => [option.value, countActors({ ...state, actor: [option.value] })]),
  )
  return (
    <FacetGroup
      group={group}
      counts={{ count: counts, unit: 'actor' }}
      state={state}
      onChange={setState}
    />
  )
}

const actorFacet = () => screen.getByRole('group', { name: 'Actor' })
const optionNames = (group: HTMLElement) =>
  within(group)
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.querySelector('.facet-label')?.textContent)

test('a filter with hundreds of options shows its top ten by count, and all on request', async () => {
  const user = userEvent.setup()
  // With a channel chosen, only the actors who spoke on it count one; the others count none.
  const state: FilterState = { ...emptyFilterState, channel: ['phone-call'] }
  render(<ActorCheckboxes initial={state} />)
  const options = groups.find((group) => group.key === 'actor')?.options ?? []
  const counted = options.filter((option) => countActors({ ...state, actor: [option.value] }) > 0)
  expect(options.length).toBeGreaterThan(200)
  expect(counted.length).toBeGreaterThan(10)
  expect(counted.length).toBeLessThan(options.length)
  const boxes = within(actorFacet()).getAllByRole('checkbox')
  expect(boxes).toHaveLength(10)
  for (const box of boxes) expect(box).toBeEnabled()
  await user.click(within(actorFacet()).getByRole('button', { name: `Show all ${options.length}` }))
  expect(within(actorFacet()).getAllByRole('checkbox')).toHaveLength(options.length)
  expect(optionNames(actorFacet()).slice(0, counted.length).sort()).toEqual(
    counted.map((option) => option.label).sort(),
  )
  await user.click(within(actorFacet()).getByRole('button', { name: 'Show the top 10' }))
  expect(within(actorFacet()).getAllByRole('checkbox')).toHaveLength(10)
})

test('the search box of a facet finds options by their name, accents and case folded', async () => {
  const user = userEvent.setup()
  render(<ActorCheckboxes />)
  await user.type(
    within(actorFacet()).getByRole('searchbox', { name: 'Search the options of Actor' }),
    'TURK',
  )
  const names = optionNames(actorFacet())
  expect(names).toContain('Türkiye')
  expect(names.every((name) => /t[uü]rk/i.test(name ?? ''))).toBe(true)
  await user.clear(within(actorFacet()).getByRole('searchbox'))
  await user.type(within(actorFacet()).getByRole('searchbox'), 'no such place')
  expect(within(actorFacet()).queryAllByRole('checkbox')).toHaveLength(0)
  expect(within(actorFacet()).getByText('No option matches “no such place”.')).toBeVisible()
})

test('a chosen option stays in its facet’s list whatever the search', async () => {
  const user = userEvent.setup()
  render(<ActorCheckboxes />)
  const search = within(actorFacet()).getByRole('searchbox')
  await user.type(search, 'türkiye')
  await user.click(within(actorFacet()).getByRole('checkbox', { name: /^Türkiye \d+ actors?$/ }))
  await user.clear(search)
  await user.type(search, 'zzz')
  expect(within(actorFacet()).getByRole('checkbox', { name: /^Türkiye/ })).toBeChecked()
})

test('the counts come from the engine’s facet counts when it has them', async () => {
  const perActor = new Map(
    dataset.actors.map((actor) => [
      actor.id,
      {
        actors: 1,
        statements: dataset.statements.filter((statement) => statement.actorId === actor.id).length,
      },
    ]),
  )
  render(<Panel facetCounts={{ actor: perActor }} />)
  await userEvent
    .setup()
    .click(await within(actorFacet()).findByRole('combobox', { name: 'Find an actor' }))
  const list = within(actorFacet()).getByRole('listbox')
  expect(
    within(list)
      .getAllByRole('option')
      .map((option) => option.textContent)
      .sort(),
  ).toEqual(
    dataset.actors
      .map((actor) => {
        const count = perActor.get(actor.id)?.statements ?? 0
        return `${actor.name} ${count} ${count === 1 ? 'statement' : 'statements'}`
      })
      .sort(),
  )
  // The stance facet has no engine counts here: it falls back to counting option by option.
  expect(within(screen.getByRole('group', { name: 'Stance' })).queryByRole('searchbox')).toBeNull()
})

test('the actor filter of hundreds of actors is the picker: chosen by keyboard, shown as a chip', async () => {
  const user = userEvent.setup()
  render(<Panel />)
  expect(within(actorFacet()).queryAllByRole('checkbox')).toHaveLength(0)
  const picker = await within(actorFacet()).findByRole('combobox', { name: 'Find an actor' })
  await user.type(picker, 'Turkey')
  await within(actorFacet()).findByRole(
    'option',
    { name: /^Türkiye “Turkey”/ },
    { timeout: 15_000 },
  )
  await user.keyboard('{Enter}')
  expect(within(actorFacet()).getByRole('button', { name: 'Remove Türkiye' })).toBeVisible()
  expect(within(actorFacet()).getByText('Türkiye added. 1 actor chosen.')).toBeInTheDocument()
  // The kinds, a short list, stay checkboxes.
  const kinds = screen.getByRole('group', { name: 'Kind of actor' })
  expect(within(kinds).getAllByRole('checkbox').length).toBeLessThanOrEqual(12)
  await user.keyboard('{Backspace}')
  expect(within(actorFacet()).queryByRole('button', { name: 'Remove Türkiye' })).toBeNull()
})

test('in one event’s view the actor filter offers its actors and keeps one the address chose outside it', async () => {
  const user = userEvent.setup()
  // At 800 statements an event has few actors: the one with the most, with more than a dozen.
  const scoped = dataset.events
    .map((event) => ({
      event,
      own: inEvent(dataset.actors, dataset.statements, dataset.events, event.id),
    }))
    .sort((a, b) => b.own.actors.length - a.own.actors.length)[0]
  if (!scoped || scoped.own.actors.length <= 12) throw new Error('No event with 13 actors.')
  const outsider = dataset.actors.find((actor) => !scoped.own.actors.includes(actor))
  if (!outsider) throw new Error('Every actor spoke on the event.')
  const ownGroups = filterGroups(scoped.own.actors, scoped.own.statements, codebookLabels(codebook))
  function EventPanel() {
    const [state, setState] = useState<FilterState>({
      ...emptyFilterState,
      actor: [outsider?.id ?? ''],
    })
    return (
      <WithSharedView
        filters={state}
        setFilters={setState}
        actors={dataset.actors}
        statements={dataset.statements}
        events={dataset.events}
        event={scoped?.event.id}
      >
        <FilterPanel
          countActors={countActors}
          groups={ownGroups}
          dateBounds={{ min: '2015-01-01', max: '2026-12-31' }}
        />
      </WithSharedView>
    )
  }
  render(<EventPanel />)
  const picker = await within(actorFacet()).findByRole('combobox', { name: 'Find an actor' })
  expect(
    within(actorFacet()).getByRole('button', { name: `Remove ${outsider.name}` }),
  ).toBeVisible()
  expect(actorFacet()).toHaveTextContent(`${outsider.name} is not among this event’s actors.`)
  await user.click(picker)
  expect(within(actorFacet()).getAllByRole('option')).toHaveLength(scoped.own.actors.length)
  await user.click(within(actorFacet()).getByRole('button', { name: 'Show all actors' }))
  await user.click(picker)
  expect(within(actorFacet()).getAllByRole('option')).toHaveLength(dataset.actors.length)
})
