import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { createHandlers } from '../../mocks/handlers/all'
import { articleDataset, withWorkspace } from '../../mocks/handlers/dataset'
import { event } from '../../data/event'
import { server } from '../../mocks/serve/node'
import { announceDataChanged } from '../../src/lib/api/data-changed'
import { followWorkspace } from '../../src/lib/workspace/follow'
import { findFilterOption, renderApp, shownActors } from '../render-app'

vi.setConfig({ testTimeout: 40_000 })

// Plainly fictional, written for this test.
const fictionalSource =
  'Freedonia’s foreign minister said: “We stand with our neighbours.” Moscow urged both sides to show restraint. Paris condemned the shelling.'

let stopFollowing = () => {}
beforeEach(async () => {
  // A private window, or storage the browser blocks: no IndexedDB at all.
  vi.stubGlobal('indexedDB', undefined)
  // As the page's start-up does: every saved change is served beside the dataset.
  stopFollowing = await followWorkspace(
    (data) => server.use(...createHandlers(withWorkspace(articleDataset, data))),
    announceDataChanged,
  )
})
afterEach(() => {
  stopFollowing()
  vi.unstubAllGlobals()
})

test('without IndexedDB, what the analyst codes in this tab appears in the cards, filters, charts and comparison', async () => {
  const { user } = renderApp('/?view=workspace')
  expect(await screen.findByText(/your work is kept only in this tab/)).toBeInTheDocument()
  // An empty workspace opens the form to add its first source.
  await waitFor(() => expect(screen.getByLabelText('Title')).toBeVisible())
  await user.type(screen.getByLabelText('Title'), 'Freedonia Gazette test page')
  await user.selectOptions(screen.getByLabelText('Event'), event.id)
  await user.click(screen.getByRole('textbox', { name: 'Text' }))
  await user.paste(fictionalSource)
  await user.click(screen.getByRole('button', { name: 'Add source' }))
  await user.click(await screen.findByRole('button', { name: 'Suggest drafts' }))
  const draft = await screen.findByRole('listitem', { name: 'Draft: France, condemned' })
  await user.click(within(draft).getByRole('button', { name: 'Accept' }))
  await screen.findByRole('listitem', { name: 'France: Paris condemned the shelling.' })

  await user.click(
    within(screen.getByRole('navigation', { name: 'Pages' })).getByRole('link', {
      name: 'Dashboard',
    }),
  )
  // Cards: France's card holds the analyst's statement, marked as theirs.
  await user.click(await findFilterOption('Actor', 'France'))
  expect(await shownActors()).toEqual(['France'])
  const [card] = screen.getAllByRole('article')
  if (!card) throw new Error('France should have a card')
  await user.click(within(card).getByRole('button', { name: /^Show all 2 statements/ }))
  // Once among its statements, once in its source's account beside the article's.
  expect(await within(card).findAllByText(/Paris condemned the shelling\./)).toHaveLength(2)
  expect(within(card).getAllByText('Yours')).toHaveLength(2)

  // Charts: the table of the actors' places marks France as the analyst's.
  const spectrum = await screen.findByRole(
    'figure',
    { name: 'Where each actor stands' },
    { timeout: 15_000 },
  )
  await user.click(within(spectrum).getByRole('button', { name: 'Show as table' }))
  expect(within(spectrum).getByRole('row', { name: /^France Yours/ })).toBeInTheDocument()

  // Comparison: France's column, beside Türkiye's, carries the analyst's statement.
  await user.click(screen.getByRole('button', { name: 'Compare France' }))
  await user.click(await findFilterOption('Actor', 'France'))
  await user.click(await screen.findByRole('button', { name: 'Compare Türkiye' }))
  const table = await screen.findByRole('table', { name: /side by side/ })
  expect(table).toHaveTextContent('Paris condemned the shelling.')
})
