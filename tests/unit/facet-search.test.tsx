import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import {
  FilterPanel,
  type FacetCountsByValue,
} from '../../src/features/filters/components/filter-panel'
import { filterGroups } from '../../src/features/filters/filter-options'
import { codebookLabels } from '../../src/lib/labels'
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
    <WithSharedView filters={state} setFilters={setState}>
      <FilterPanel
        countActors={facetCounts ? () => 0 : countActors}
        facetCounts={facetCounts}
        groups={groups}
        dateBounds={{ min: '2015-01-01', max: '2026-12-31' }}
      />
    </WithSharedView>
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
  render(<Panel initial={state} />)
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
  render(<Panel />)
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
  render(<Panel />)
  const search = within(actorFacet()).getByRole('searchbox')
  await user.type(search, 'türkiye')
  await user.click(within(actorFacet()).getByRole('checkbox', { name: /^Türkiye \d+ actors?$/ }))
  await user.clear(search)
  await user.type(search, 'zzz')
  expect(within(actorFacet()).getByRole('checkbox', { name: /^Türkiye/ })).toBeChecked()
})

test('the counts come from the engine’s facet counts when it has them', () => {
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
  const boxes = within(actorFacet()).getAllByRole('checkbox')
  // Each actor would show one actor, itself: beside it stands how many of its statements.
  for (const box of boxes) {
    const statements = perActor.get(box.getAttribute('value') ?? '')?.statements ?? 0
    expect(box).toHaveAccessibleName(new RegExp(` ${statements} statements?$`))
  }
  // The stance facet has no engine counts here: it falls back to counting option by option.
  expect(within(screen.getByRole('group', { name: 'Stance' })).queryByRole('searchbox')).toBeNull()
})
