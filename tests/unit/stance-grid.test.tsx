import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { acrossEventsLabels } from '../../src/features/stance-over-time/across-labels'
import type { ActorChoice } from '../../src/features/stance-over-time/components/choose-actors'
import { StanceOverTime } from '../../src/features/stance-over-time/components/stance-over-time'
import { stripAxis } from '../../src/features/stance-over-time/strip-axis'
import { buildStrips, ruleFor } from '../../src/features/stance-over-time/strips'
import { WithSharedView } from '../shared-view'

// A small generated corpus (synthetic, not real events): three actors who spoke in several events.
const corpus = generateSyntheticDataset({ size: 600, events: 6 })
const rule = ruleFor(codebook.version)
const labels = acrossEventsLabels(codebook)
const everyone = buildStrips(corpus.actors, corpus.statements, corpus.events, rule)
const strips = everyone
  .filter((strip) => strip.cells.length > 2)
  .sort((a, b) => b.cells.length - a.cells.length)
  .slice(0, 3)
const dated = [...corpus.events].sort((a, b) => a.start.localeCompare(b.start))

const choice: ActorChoice = {
  chosen: false,
  byDefault: 12,
  addable: [],
  onAdd: () => {},
  onRemove: () => {},
  onReset: () => {},
}

function renderStrips(events = corpus.events, shown = strips) {
  return render(
    <WithSharedView events={events}>
      <StanceOverTime strips={shown} labels={labels} rule="the rule" choice={choice} />
    </WithSharedView>,
  )
}

test('the strips are one grid: a row per actor, a cell per event, one Tab stop', async () => {
  const user = userEvent.setup()
  renderStrips()
  const grid = screen.getByRole('grid', { name: /^Stance of 3 actors in \d+ events/ })
  const rows = within(grid).getAllByRole('row')
  expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
    strips.map((strip) => strip.actor.shortName),
  )
  const columns = within(rows[0]!).getAllByRole('gridcell').length
  for (const row of rows) expect(within(row).getAllByRole('gridcell')).toHaveLength(columns)
  const focusable = within(grid)
    .getAllByRole('gridcell')
    .filter((cell) => cell.tabIndex === 0)
  expect(focusable).toHaveLength(1)

  screen.getByRole('button', { name: 'Show as table' }).focus()
  await user.tab()
  const first = within(rows[0]!).getAllByRole('gridcell')[0]
  expect(first).toHaveFocus()
  await user.tab()
  expect(grid).not.toContainElement(document.activeElement as HTMLElement)
})

test('arrow keys step between events and actors, and the tip says the focused cell', async () => {
  const user = userEvent.setup()
  const { container } = renderStrips()
  const grid = screen.getByRole('grid')
  const cellAt = (row: number, column: number) =>
    within(within(grid).getAllByRole('row')[row]!).getAllByRole('gridcell')[column]!
  cellAt(0, 0).focus()
  await user.keyboard('{ArrowRight}')
  expect(cellAt(0, 1)).toHaveFocus()
  await user.keyboard('{ArrowDown}{ArrowDown}')
  expect(cellAt(2, 1)).toHaveFocus()
  await user.keyboard('{ArrowDown}')
  expect(cellAt(2, 1)).toHaveFocus()
  await user.keyboard('{End}')
  const last = within(within(grid).getAllByRole('row')[2]!).getAllByRole('gridcell').length - 1
  expect(cellAt(2, last)).toHaveFocus()
  await user.keyboard('{Home}{ArrowUp}')
  expect(cellAt(1, 0)).toHaveFocus()

  // The focused cell names the actor, the event, its days and the stance in words.
  const [first] = stripAxis(strips).events
  const name = cellAt(1, 0).getAttribute('aria-label') ?? ''
  expect(name.startsWith(`${strips[1]?.actor.name}, ${first?.title}, `)).toBe(true)
  const tip = container.querySelector('.stance-tip')
  expect(tip).toBeVisible()
  expect(tip?.textContent).toBe(name)
  await user.tab()
  expect(tip).not.toBeVisible()
})

test('a cell named in words gives the event’s title, days and stance, or says the actor was silent', () => {
  renderStrips()
  const cells = screen.getAllByRole('gridcell')
  const [strip] = strips
  const spoken = strip?.cells[0]
  if (!strip || !spoken) throw new Error('no strip')
  const named = cells.find((cell) =>
    cell.getAttribute('aria-label')?.startsWith(`${strip.actor.name}, ${spoken.event.title}, `),
  )
  expect(named?.getAttribute('aria-label')).toMatch(
    /: (\d\. .+|.*mixed.*|.*no stance.*) \(\d+ statements?\)$/i,
  )
  expect(cells.some((cell) => cell.getAttribute('aria-label')?.endsWith(': no statement'))).toBe(
    strips.some((item) => item.cells.length < dated.length),
  )
})

test('the busiest are said to be so, with a way to change them', async () => {
  const user = userEvent.setup()
  renderStrips()
  expect(screen.getByText(/^The 3 actors with the most statements;/)).toBeInTheDocument()
  const change = screen.getByRole('button', { name: 'change the actors shown' })
  expect(change).toHaveAttribute('aria-expanded', 'false')
  expect(screen.queryByRole('combobox', { name: 'Add an actor' })).not.toBeInTheDocument()
  await user.click(change)
  expect(screen.getByRole('combobox', { name: 'Add an actor' })).toBeVisible()
  expect(screen.getByRole('button', { name: `Remove ${strips[0]!.actor.name}` })).toBeVisible()
})

test('with one event the panel lists each actor’s stance in it, and says the strips need several', () => {
  const [only] = dated
  if (!only) throw new Error('no event')
  const shown = buildStrips(corpus.actors, corpus.statements, [only], rule)
    .filter((strip) => strip.cells.length > 0)
    .slice(0, 4)
  renderStrips([only], shown)
  expect(screen.queryByRole('grid')).not.toBeInTheDocument()
  const figure = screen.getByRole('figure', { name: /^Stance in the one event for 4 actors/ })
  expect(figure).toHaveAccessibleName(/With several events, this panel compares/)
  const list = within(figure).getByRole('list', { name: 'Stance of each actor' })
  const items = within(list).getAllByRole('listitem')
  expect(items).toHaveLength(shown.length)
  items.forEach((item, at) => expect(item).toHaveTextContent(shown[at]?.actor.name ?? '-'))
  expect(items[0]?.textContent).toMatch(/\(\d+ statements?\)$/)
})
