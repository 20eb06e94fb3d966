import 'fake-indexeddb/auto'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { WorkspacePage } from '../../src/features/workspace/workspace-page'
import { selectionOffsets } from '../../src/features/workspace/selection-offsets'

// Plainly fictional, written for this test.
const fictionalSource =
  'Freedonia’s foreign minister said: “We stand with our neighbours.” Moscow urged both sides to show restraint. Paris condemned the shelling. 🌍 Türkiye’s President Erdoğan welcomed the talks.'

let count = 0
const freshName = () => `workspace-page-${(count += 1)}-${Math.random()}`

/** The page as the app mounts it: its labels come from the codebook the mock API serves. */
const renderPage = (databaseName: string) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <WorkspacePage databaseName={databaseName} />
    </QueryClientProvider>,
  )

async function addSource(user: ReturnType<typeof userEvent.setup>) {
  // An empty workspace opens the form to add its first source.
  await waitFor(() => expect(screen.getByLabelText('Title')).toBeVisible())
  await user.type(screen.getByLabelText('Title'), 'Freedonia Gazette test page')
  await user.type(screen.getByLabelText('URL'), 'not a url')
  await user.click(screen.getByRole('textbox', { name: 'Text' }))
  await user.paste(fictionalSource)
  await user.click(screen.getByRole('button', { name: 'Add source' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The URL must be a full web address starting with http:// or https://.',
  )
  await user.clear(screen.getByLabelText('URL'))
  await user.type(screen.getByLabelText('URL'), 'https://example.org/freedonia')
  await user.click(screen.getByRole('button', { name: 'Add source' }))
  await screen.findByRole('heading', { name: 'Code Freedonia Gazette test page (version 1)' })
}

test('an analyst adds a source, accepts a suggested draft and codes a statement by position', async () => {
  const user = userEvent.setup()
  renderPage(freshName())
  await addSource(user)

  await user.click(screen.getByRole('button', { name: 'Suggest drafts' }))
  const draft = await screen.findByRole('listitem', { name: 'Draft: France, condemned' })
  expect(draft).toHaveTextContent('suggested stance: Condemns the action')
  await user.click(within(draft).getByRole('button', { name: 'Accept' }))
  const yours = await screen.findByRole('listitem', {
    name: 'France: Paris condemned the shelling.',
  })
  expect(yours).toHaveTextContent('Yours')

  // The keyboard fallback: the quoted words by position, checked against the quotation marks.
  const start = fictionalSource.indexOf('We stand')
  const end = fictionalSource.indexOf('.”')
  await user.type(screen.getByLabelText('Start'), String(start))
  await user.clear(screen.getByLabelText('End'))
  await user.type(screen.getByLabelText('End'), String(start + 5))
  await user.clear(screen.getByLabelText('End'))
  await user.type(screen.getByLabelText('End'), String(end))
  await user.click(screen.getByRole('button', { name: 'Add as quotation' }))
  const moscow = fictionalSource.indexOf('Moscow urged')
  await user.clear(screen.getByLabelText('Start'))
  await user.type(screen.getByLabelText('Start'), String(moscow))
  await user.clear(screen.getByLabelText('End'))
  await user.type(screen.getByLabelText('End'), String(moscow + 12))
  await user.click(screen.getByRole('button', { name: 'Add as quotation' }))
  expect(screen.getByRole('alert')).toHaveTextContent(
    '“Moscow urged” is not inside the source’s quotation marks.',
  )
  await user.clear(screen.getByLabelText('Start'))
  await user.type(screen.getByLabelText('Start'), '0')
  await user.clear(screen.getByLabelText('End'))
  await user.type(screen.getByLabelText('End'), String(end + 2))
  await user.click(screen.getByRole('button', { name: 'Use as passage' }))
  await user.type(screen.getByRole('searchbox', { name: 'Actor' }), 'Ankara')
  await user.click(screen.getByRole('button', { name: 'Türkiye' }))
  expect(screen.getByText(/Chosen actor: Türkiye/)).toBeInTheDocument()
  await user.selectOptions(screen.getByLabelText('Stance'), 'supports')
  expect(screen.getByText(/Derived stance of Türkiye: Supports the action/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Save statement' }))
  const coded = await screen.findByRole('listitem', {
    name: 'Türkiye: Freedonia’s foreign minister said: “We stand with our neighbours.”',
  })
  expect(coded).toHaveTextContent('Yours')
  expect(coded).toHaveTextContent('quotation')
  expect(coded).toHaveTextContent('Supports the action')
  expect(coded).toHaveTextContent('“We stand with our neighbours”')
}, 30_000)

test('a deleted statement comes back with Undo, and a second tab sees the change', async () => {
  const user = userEvent.setup()
  const name = freshName()
  renderPage(name)
  await addSource(user)
  await user.click(screen.getByRole('button', { name: 'Suggest drafts' }))
  const draft = await screen.findByRole('listitem', { name: 'Draft: Russia, urged' })
  expect(draft).toHaveTextContent('suggested stance: Calls on all sides')
  await user.click(within(draft).getByRole('button', { name: 'Accept' }))

  const other = renderPage(name)
  const otherTab = within(other.container)
  await otherTab.findByRole('heading', { name: 'Your statements (1)' })

  const [firstTab] = screen.getAllByRole('listitem', {
    name: 'Russia: Moscow urged both sides to show restraint.',
  })
  if (!firstTab) throw new Error('the statement should be listed')
  await user.click(within(firstTab).getByRole('button', { name: 'Delete statement' }))
  expect(await screen.findByText('Deleted the statement of Russia.')).toBeInTheDocument()
  await otherTab.findByRole('heading', { name: 'Your statements (0)' })
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  await otherTab.findByRole('heading', { name: 'Your statements (1)' })
  await waitFor(() =>
    expect(screen.getAllByRole('heading', { name: 'Your statements (1)' })).toHaveLength(2),
  )
}, 30_000)

test('a selection maps to exact UTF-16 offsets in text with curly quotes, Türkiye, Erdoğan and emoji', () => {
  const container = document.createElement('div')
  // Split over several nodes, as highlighted text would be.
  const cut = fictionalSource.indexOf('🌍')
  container.append(fictionalSource.slice(0, cut))
  const span = document.createElement('mark')
  span.textContent = fictionalSource.slice(cut)
  container.append(span)
  document.body.append(container)
  const words = 'Türkiye’s President Erdoğan'
  const start = fictionalSource.indexOf(words)
  const textNode = span.firstChild
  if (!textNode) throw new Error('no text')
  const range = document.createRange()
  range.setStart(textNode, start - cut)
  range.setEnd(textNode, start - cut + words.length)
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
  const offsets = selectionOffsets(container, selection)
  expect(offsets).toEqual({ start, end: start + words.length })
  expect(fictionalSource.slice(offsets?.start, offsets?.end)).toBe(words)
  container.remove()
})
