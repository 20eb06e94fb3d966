import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { FilterPanel } from '../../src/features/filters/components/filter-panel'
import { filterGroups } from '../../src/features/filters/filter-options'
import { codebookLabels } from '../../src/lib/labels'
import { emptyFilterState, withList, type FilterState } from '../../src/lib/url-state/filter-state'
import { filterByStatements } from '../reference/apply-filters'
import { WithSharedView } from '../shared-view'

// A synthetic corpus: the options are generated, not the article's.
const dataset = generateSyntheticDataset({ size: 400, seed: 3 })
const groups = filterGroups(dataset.actors, dataset.statements, codebookLabels(codebook))

function Panel({ initial = emptyFilterState }: { initial?: FilterState }) {
  const [state, setState] = useState(initial)
  return (
    <WithSharedView filters={state} setFilters={setState}>
      <FilterPanel
        countActors={(filters) => filterByStatements(dataset, filters).length}
        groups={groups}
        dateBounds={{ min: '2015-01-01', max: '2026-12-31' }}
      />
    </WithSharedView>
  )
}

const boxesOf = (legend: string) =>
  within(screen.getByRole('group', { name: legend }))
    .getAllByRole('checkbox')
    .filter((box) => !(box as HTMLInputElement).disabled)

test('each filter’s checkboxes are one tab stop, and the arrow keys move between them', async () => {
  const user = userEvent.setup()
  render(<Panel />)
  const stances = boxesOf('Stance')
  const kinds = boxesOf('Kind of actor')
  expect(stances.length).toBeGreaterThan(2)
  await user.tab()
  expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus()
  await user.tab()
  expect(stances[0]).toHaveFocus()
  // Tab leaves the group: on to the next filter, not the next stance.
  await user.tab()
  expect(kinds[0]).toHaveFocus()
  await user.tab({ shift: true })
  expect(stances[0]).toHaveFocus()
  await user.keyboard('{ArrowDown}')
  expect(stances[1]).toHaveFocus()
  await user.keyboard('{End}')
  expect(stances.at(-1)).toHaveFocus()
  await user.keyboard('{ArrowRight}')
  expect(stances.at(-1)).toHaveFocus()
  await user.keyboard('{Home}{ArrowRight}')
  expect(stances[1]).toHaveFocus()
  // Space ticks the box as ever, and the group keeps its place for when Tab comes back.
  await user.keyboard(' ')
  expect(stances[1]).toBeChecked()
  await user.tab()
  expect(boxesOf('Kind of actor')[0]).toHaveFocus()
  await user.tab({ shift: true })
  expect(boxesOf('Stance')[1]).toHaveFocus()
})

test('a group’s tab stop starts on its ticked option, and each option stays a checkbox', async () => {
  const user = userEvent.setup()
  const kind = groups.find((group) => group.key === 'kind')?.options[1]
  if (!kind) throw new Error('the corpus has fewer than two kinds of actor')
  render(<Panel initial={withList(emptyFilterState, 'kind', [kind.value])} />)
  await user.tab()
  await user.tab()
  await user.tab()
  const ticked = screen.getByRole('checkbox', { name: new RegExp(`^${kind.label} `) })
  expect(ticked).toBeChecked()
  expect(ticked).toHaveFocus()
  expect(boxesOf('Kind of actor').filter((box) => box.tabIndex === 0)).toEqual([ticked])
})
