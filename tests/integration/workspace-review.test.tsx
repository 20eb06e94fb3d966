import 'fake-indexeddb/auto'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { WorkspacePage } from '../../src/features/workspace/workspace-page'

vi.setConfig({ testTimeout: 40_000 })

// Plainly fictional: a ministry, a move and a Monday invented for this test.
const fictionalSource =
  'In this invented story, the Freedonian ministry said it “condemned the move as "reckless and unlawful"” on Monday. Paris condemned the invented shelling, calling it "a grave mistake".'

let count = 0
const freshName = () => `workspace-review-${(count += 1)}-${Math.random()}`

const renderPage = (databaseName = freshName()) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <WorkspacePage databaseName={databaseName} />
    </QueryClientProvider>,
  )

const field = (name: string) => screen.getAllByLabelText<HTMLInputElement>(name)[0]!
type User = ReturnType<typeof userEvent.setup>

async function addSource(user: User, title: string, language = 'en') {
  const form = screen.getByRole('button', { name: 'Add source' }).closest('form')!
  await user.type(within(form).getByLabelText('Title'), title)
  await user.clear(within(form).getByLabelText('Language'))
  await user.type(within(form).getByLabelText('Language'), language)
  await user.click(within(form).getByRole('textbox', { name: 'Text' }))
  await user.paste(fictionalSource)
  await user.click(within(form).getByRole('button', { name: 'Add source' }))
  await screen.findByRole('heading', { name: `Code ${title} (version 1)` })
}

async function select(user: User, words: string) {
  const start = fictionalSource.indexOf(words)
  await user.clear(field('Start'))
  await user.type(field('Start'), String(start))
  await user.clear(field('End'))
  await user.type(field('End'), String(start + words.length))
}

test('with nothing yet, the form to add a source is open; once there is a source it folds away', async () => {
  const user = userEvent.setup()
  const name = freshName()
  const here = renderPage(name)
  await waitFor(() => expect(field('Title')).toBeVisible())
  await addSource(user, 'Freedonia Gazette test page')
  expect(screen.getByText('Add a source')).toBeVisible()
  expect(screen.getByRole('textbox', { name: 'Text' })).not.toBeVisible()
  here.unmount()

  // Whoever fills the empty workspace (here another tab), the form folds once it holds a source.
  const empty = within(renderPage(freshName()).container)
  const shared = freshName()
  const first = within(renderPage(shared).container)
  await waitFor(() => expect(first.getByLabelText('Title')).toBeVisible())
  const other = within(renderPage(shared).container)
  await waitFor(() => expect(other.getByLabelText('Title')).toBeVisible())
  await user.type(other.getByLabelText('Title'), 'Added in another tab')
  await user.click(other.getByRole('textbox', { name: 'Text' }))
  await user.paste(fictionalSource)
  await user.click(other.getByRole('button', { name: 'Add source' }))
  await first.findByRole('button', { name: 'Added in another tab' })
  await waitFor(() => expect(first.getByLabelText('Title')).not.toBeVisible())
  expect(empty.getByLabelText('Title')).toBeVisible()
})

test('a new source starts from an empty form, and the edit of the last one does not stay open on the next', async () => {
  const user = userEvent.setup()
  renderPage()
  await waitFor(() => expect(field('Title')).toBeVisible())
  await addSource(user, 'A French page (fictional)', 'fr')
  await user.click(screen.getByRole('button', { name: 'Edit this source' }))
  expect(screen.getByRole('button', { name: 'Save the source' })).toBeInTheDocument()

  await user.click(screen.getByText('Add a source'))
  const adding = screen.getByRole('button', { name: 'Add source' }).closest('form')!
  expect(within(adding).getByLabelText('Title')).toHaveValue('')
  expect(within(adding).getByLabelText('Language')).toHaveValue('en')
  await addSource(user, 'An English page (fictional)')
  expect(screen.queryByRole('button', { name: 'Save the source' })).toBeNull()
  await user.click(screen.getByRole('button', { name: 'Edit this source' }))
  const editing = screen.getByRole('button', { name: 'Save the source' }).closest('form')!
  expect(within(editing).getByLabelText('Title')).toHaveValue('An English page (fictional)')
  expect(within(editing).getByLabelText('Language')).toHaveValue('en')
})

const following = (a: Node, b: Node) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)

test('Add as quotation says by its button why it cannot, takes the quoted words from a selection with its marks, and saves a quotation', async () => {
  const user = userEvent.setup()
  renderPage()
  await waitFor(() => expect(field('Title')).toBeVisible())
  await addSource(user, 'Freedonia Gazette test page')
  const add = screen.getByRole('button', { name: 'Add as quotation' })

  await select(user, 'Paris condemned the invented shelling')
  await user.click(add)
  const problem = screen.getByRole('alert')
  expect(problem).toHaveTextContent('is not inside the source’s quotation marks')
  // Beside the button pressed, not at the foot of the form where it goes unseen.
  expect(following(add, problem)).toBe(true)
  expect(following(problem, screen.getByRole('searchbox', { name: 'Actor' }))).toBe(true)

  await select(user, 'calling it "a grave mistake"')
  await user.click(add)
  expect(screen.queryByRole('alert')).toBeNull()
  expect(
    screen.getByText(
      /Quotations: “a grave mistake” Added the words inside the source’s quotation marks/,
    ),
  ).toBeInTheDocument()
  await select(user, 'Paris condemned the invented shelling, calling it "a grave mistake".')
  await user.click(screen.getByRole('button', { name: 'Use as passage' }))
  await user.type(screen.getByRole('searchbox', { name: 'Actor' }), 'Paris')
  await user.click(screen.getByRole('button', { name: 'France' }))
  await user.click(screen.getByRole('button', { name: 'Save statement' }))
  expect(await screen.findByText('Statement saved: France.')).toHaveRole('status')
  const france = await screen.findByRole('listitem', { name: /^France: Paris condemned/ })
  expect(france).toHaveTextContent('quotation')
  expect(france).toHaveTextContent('“a grave mistake”')

  // A quotation that holds the source's own marks reads with nested marks, here and in its card.
  // The saved statement's form has made way for a fresh one.
  await select(user, 'condemned the move as "reckless and unlawful"')
  await user.click(screen.getByRole('button', { name: 'Add as quotation' }))
  expect(
    screen.getByText(
      'No passage chosen. Quotations: “condemned the move as ‘reckless and unlawful’”',
    ),
  ).toBeInTheDocument()
  await select(
    user,
    'In this invented story, the Freedonian ministry said it “condemned the move as "reckless and unlawful"” on Monday.',
  )
  await user.click(screen.getByRole('button', { name: 'Use as passage' }))
  await user.type(field('Or a new actor'), 'Freedonia')
  await user.click(screen.getByRole('button', { name: 'Save statement' }))
  expect(await screen.findByText('Statement saved: Freedonia.')).toHaveRole('status')
  const freedonia = await screen.findByRole('listitem', { name: /^Freedonia: In this invented/ })
  expect(freedonia).toHaveTextContent('quotation')
  expect(freedonia).toHaveTextContent('“condemned the move as ‘reckless and unlawful’”')
})

test('a deleted statement is undone where it was deleted, and the keyboard goes on from Undo', async () => {
  const user = userEvent.setup()
  renderPage()
  await waitFor(() => expect(field('Title')).toBeVisible())
  await addSource(user, 'Freedonia Gazette test page')
  await user.click(screen.getByRole('button', { name: 'Suggest drafts' }))
  const draft = await screen.findByRole('listitem', { name: 'Draft: France, condemned' })
  await user.click(within(draft).getByRole('button', { name: 'Accept' }))
  const statements = screen.getByRole('region', { name: /^Your statements/ })
  const listed = await within(statements).findByRole('listitem', { name: /^France:/ })

  await user.click(within(listed).getByRole('button', { name: 'Delete statement' }))
  await within(statements).findByRole('heading', { name: 'Your statements (0)' })
  expect(within(statements).getByRole('status')).toHaveTextContent(
    'Deleted the statement of France.',
  )
  const undo = within(statements).getByRole('button', { name: 'Undo' })
  await waitFor(() => expect(undo).toHaveFocus())
  await user.keyboard('{Enter}')
  await within(statements).findByRole('listitem', { name: /^France:/ })
  expect(within(statements).queryByRole('button', { name: 'Undo' })).toBeNull()
})
