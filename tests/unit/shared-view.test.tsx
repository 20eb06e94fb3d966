import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test } from 'vitest'
import { labels as articleLabels } from '../mock-dataset'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import { useLabels, useSharedView } from '../../src/lib/view/shared-view'
import { WithSharedView } from '../shared-view'

/** Reads the view as a panel does: the search typed, and a stance in the codebook's words. */
function Reader() {
  const { filters, setFilters } = useSharedView()
  const labels = useLabels()
  return (
    <>
      <p>Searching for “{filters.q}”</p>
      <p>{labels.stance('condemns')}</p>
      <button type="button" onClick={() => setFilters({ ...filters, q: 'ceasefire' })}>
        Search
      </button>
    </>
  )
}

test('a component reads the filters and the codebook’s words its provider gives, and changes them through it', async () => {
  const user = userEvent.setup()
  function Page() {
    const [filters, setFilters] = useState({ ...emptyFilterState, q: 'Aliyev' })
    return (
      <WithSharedView filters={filters} setFilters={setFilters} labels={articleLabels}>
        <Reader />
      </WithSharedView>
    )
  }
  render(<Page />)
  expect(screen.getByText('Searching for “Aliyev”')).toBeInTheDocument()
  // The codebook's words, in the article's event terms the provider gave.
  expect(screen.getByText('Condemns the operation')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Search' }))
  expect(screen.getByText('Searching for “ceasefire”')).toBeInTheDocument()
})

test('a component that reads the view outside its provider fails with an error that says so', () => {
  expect(() => render(<Reader />)).toThrow('useSharedView is used outside SharedViewProvider.')
})

test('a component that needs the codebook’s words before they are in fails with an error that says so', () => {
  expect(() =>
    render(
      <WithSharedView>
        <Reader />
      </WithSharedView>,
    ),
  ).toThrow('useLabels is used before the codebook is loaded.')
})
