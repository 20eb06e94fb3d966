import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { dataset, labels } from '../mock-dataset'
import { applyFilters } from '../reference/apply-filters'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import { bordersNote } from '../../src/lib/map-borders'
import { loadWorld } from '../../src/features/charts/map/load-world'
import { MapChart } from '../../src/features/charts/map/map-chart'
import { southCaucasus } from '../../src/features/charts/map/map-region'
import { shapeMap } from '../../src/features/charts/map/shape-map'

const countries = await loadWorld()
const entries = shapeMap(applyFilters(dataset, emptyFilterState))

function renderMap() {
  const picked: string[] = []
  render(
    <MapChart
      countries={countries}
      entries={entries}
      labels={labels}
      width={800}
      region={southCaucasus}
      onPick={(actorId) => picked.push(actorId)}
    />,
  )
  return { picked, user: userEvent.setup() }
}

const selected = () => screen.getByRole('option', { selected: true }).getAttribute('aria-label')

test('one tab stop; the arrows walk the countries with statements west to east, then the list', async () => {
  const { user } = renderMap()
  await user.tab()
  expect(screen.getByRole('listbox', { name: /countries and organisations/i })).toHaveFocus()
  const names = [selected()]
  for (let step = 0; step < 9; step += 1) {
    await user.keyboard('{ArrowRight}')
    names.push(selected())
  }
  expect(names.map((name) => name?.split(':')[0])).toEqual([
    'United States',
    'France',
    'Germany',
    'Türkiye',
    'Armenia',
    'Azerbaijan',
    'Russia',
    'UN',
    'EU',
    'Karabakh Armenians',
  ])
  await user.keyboard('{Home}')
  expect(selected()).toMatch(/^United States/)
  await user.keyboard('{End}')
  expect(selected()).toMatch(/^Karabakh Armenians/)
  await user.tab()
  expect(screen.getByRole('listbox')).not.toHaveFocus()
})

test('Enter picks the focused country; a click picks too', async () => {
  const { picked, user } = renderMap()
  await user.tab()
  await user.keyboard('{ArrowRight}{Enter}')
  await user.click(screen.getByRole('option', { name: /^Azerbaijan: Not placed on the scale/ }))
  expect(picked).toEqual(['france', 'azerbaijan'])
})

test('each country says its stance and statement count, coloured by its class', async () => {
  const { user } = renderMap()
  const us = screen.getByRole('option', {
    name: /^United States: Urges Azerbaijan to halt, 2 statements/,
  })
  await user.hover(us)
  expect(screen.getByText('United States: Urges Azerbaijan to halt, 2 statements')).toBeVisible()
  const colour = (name: RegExp) => screen.getByRole('option', { name }).style.fill
  expect(colour(/^France/)).toBe('var(--stance-condemns)')
  expect(colour(/^Azerbaijan/)).toBe('var(--map-not-placed)')
  expect(colour(/^Türkiye/)).toBe('var(--stance-supports)')
})

test('the organisations are listed beside the map with their stances', () => {
  renderMap()
  expect(
    screen.getByRole('option', { name: /^UN: Calls on all sides, 1 statement/ }),
  ).toHaveTextContent('UN: Calls on all sides')
  expect(
    screen.getByRole('option', { name: /^EU: Condemns the operation, 1 statement/ }),
  ).toHaveTextContent('EU: Condemns the operation')
})

test('the note on borders is under the map', () => {
  renderMap()
  expect(
    screen.getByText(
      (_, element) => element?.tagName === 'text' && element.textContent === bordersNote,
    ),
  ).toBeInTheDocument()
})
