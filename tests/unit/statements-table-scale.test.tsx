import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { StatementsTable } from '../../src/features/statements-table/components/statements-table'
import {
  eventTitleBySource,
  sortRows,
  statementRows,
} from '../../src/features/statements-table/rows'
import { actorNames } from '../../src/lib/actor-names'
import { codebookLabels, labelsBySource } from '../../src/lib/labels'
import { defaultViewState } from '../../src/lib/url-state/view-state'
import { WithSharedView } from '../shared-view'
import { stubElementScrolling, stubScrollHeight } from '../scroll-size'

stubScrollHeight('statements-scroll')
stubElementScrolling()

const size = 12_000
const dataset = generateSyntheticDataset({ size, seed: 7 })
const results = dataset.actors.map((actor) => ({
  actor,
  statements: dataset.statements.filter((statement) => statement.actorId === actor.id),
}))
const rows = statementRows(
  results,
  eventTitleBySource(dataset.events),
  labelsBySource(codebookLabels(codebook), dataset.events),
  actorNames(dataset.actors),
  codebookLabels(codebook),
)

function Table() {
  const [view, setView] = useState(defaultViewState)
  return (
    <WithSharedView view={view} setView={setView}>
      <StatementsTable rows={rows} />
    </WithSharedView>
  )
}

const drawnRows = (grid: HTMLElement) => within(grid).getAllByRole('row').slice(1)

test('a table of twelve thousand statements draws only the rows in view', async () => {
  render(<Table />)
  expect(screen.getByText('12,000 statements')).toBeVisible()
  const grid = screen.getByRole('grid', { name: 'Statements' })
  expect(grid).toHaveAttribute('aria-rowcount', String(size + 1))
  await waitFor(() => expect(drawnRows(grid).length).toBeGreaterThan(0))
  expect(drawnRows(grid).length).toBeLessThan(30)
  expect(drawnRows(grid)[0]).toHaveAttribute('aria-rowindex', '2')
})

test('scrolling the table to its end draws the last row', async () => {
  render(<Table />)
  const grid = screen.getByRole('grid', { name: 'Statements' })
  const scroller = grid.parentElement
  if (!scroller) throw new Error('the grid has no scroll container')
  await waitFor(() => expect(drawnRows(grid).length).toBeGreaterThan(0))
  // jsdom does not scroll: set where the container is scrolled to, and say it scrolled.
  Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: size * 72 })
  fireEvent.scroll(scroller)
  await waitFor(() =>
    expect(drawnRows(grid).at(-1)).toHaveAttribute('aria-rowindex', String(size + 1)),
  )
  expect(drawnRows(grid).length).toBeLessThan(30)
  const last = sortRows(rows, null).at(-1)
  expect(drawnRows(grid).at(-1)).toHaveTextContent(last?.actor.name ?? 'no last row')
})

test('Ctrl+End moves the focus to the last of twelve thousand rows', async () => {
  const user = userEvent.setup()
  render(<Table />)
  const grid = screen.getByRole('grid', { name: 'Statements' })
  await waitFor(() => expect(drawnRows(grid).length).toBeGreaterThan(0))
  act(() => within(grid).getByRole('button', { name: 'Date' }).focus())
  await user.keyboard('{ArrowDown}{Control>}{End}{/Control}')
  await waitFor(() =>
    expect(document.activeElement?.closest('[role="row"]')).toHaveAttribute(
      'aria-rowindex',
      String(size + 1),
    ),
  )
  expect(document.activeElement).toHaveAttribute('role', 'gridcell')
})

test('sorting twelve thousand rows by date puts them in order of their earliest day', async () => {
  const user = userEvent.setup()
  render(<Table />)
  const grid = screen.getByRole('grid', { name: 'Statements' })
  await user.click(within(grid).getByRole('button', { name: 'Date' }))
  await user.click(within(grid).getByRole('button', { name: 'Date' }))
  expect(screen.getByRole('columnheader', { name: 'Date' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  const latest = dataset.statements.reduce(
    (day, statement) => (statement.date.earliest > day ? statement.date.earliest : day),
    '',
  )
  const top = sortRows(rows, '-date')[0]
  expect(top?.statement.date.earliest).toBe(latest)
  expect(drawnRows(grid)[0]).toHaveTextContent(top?.actor.name ?? 'no first row')
})
