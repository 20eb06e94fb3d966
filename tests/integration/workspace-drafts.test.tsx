import 'fake-indexeddb/auto'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { WorkspacePage } from '../../src/features/workspace/workspace-page'
import { renderApp } from '../render-app'

vi.setConfig({ testTimeout: 40_000 })

// Plainly fictional, written for this test.
const fictionalSource =
  'Freedonia’s foreign minister said: “We stand with our neighbours.” Moscow urged both sides to show restraint.'

let count = 0
const freshName = () => `workspace-drafts-${(count += 1)}-${Math.random()}`

/** The page as the app mounts it; rendering it again with the same name is a reload. */
const renderPage = (databaseName: string) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <WorkspacePage databaseName={databaseName} />
    </QueryClientProvider>,
  )

const field = (name: string) => screen.getByLabelText<HTMLInputElement>(name)
const restored = () => screen.queryByText(/^Restored what you were typing here/)

async function typeASource(user: ReturnType<typeof userEvent.setup>) {
  // An empty workspace opens the form to add its first source.
  await waitFor(() => expect(field('Title')).toBeVisible())
  await user.type(field('Title'), 'Freedonia Gazette test page')
  await user.clear(field('Language'))
  await user.type(field('Language'), 'fr')
  await user.selectOptions(field('Event'), 'A new event…')
  await user.type(field('Title of the new event'), 'A fictional border closure')
  await user.click(screen.getByRole('textbox', { name: 'Text' }))
  await user.paste(fictionalSource)
}

const warnsOnUnload = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }))

test('a source half typed comes back after a reload, says so, and is gone once saved', async () => {
  const user = userEvent.setup()
  const name = freshName()
  const first = renderPage(name)
  await typeASource(user)
  expect(warnsOnUnload()).toBe(true)
  first.unmount()
  expect(warnsOnUnload()).toBe(false)

  const second = renderPage(name)
  expect(restored()).toBeInTheDocument()
  expect(field('Title')).toHaveValue('Freedonia Gazette test page')
  expect(field('Language')).toHaveValue('fr')
  expect(field('Title of the new event')).toHaveValue('A fictional border closure')
  expect(screen.getByRole('textbox', { name: 'Text' })).toHaveValue(fictionalSource)
  expect(warnsOnUnload()).toBe(true)

  await user.selectOptions(field('Event'), 'No event yet')
  await user.click(screen.getByRole('button', { name: 'Add source' }))
  expect(await screen.findByText('Source added: “Freedonia Gazette test page”.')).toHaveRole(
    'status',
  )
  expect(warnsOnUnload()).toBe(false)
  second.unmount()

  renderPage(name)
  await screen.findByRole('button', { name: 'Freedonia Gazette test page' })
  expect(restored()).toBeNull()
  await user.click(screen.getByText('Add a source'))
  expect(field('Title')).toHaveValue('')
})

test('Discard throws the restored draft away, fields and all', async () => {
  const user = userEvent.setup()
  const name = freshName()
  const first = renderPage(name)
  await typeASource(user)
  first.unmount()

  const second = renderPage(name)
  await user.click(screen.getByRole('button', { name: 'Discard' }))
  expect(restored()).toBeNull()
  expect(field('Title')).toHaveValue('')
  expect(field('Language')).toHaveValue('en')
  expect(field('Event')).toHaveValue('')
  expect(screen.getByRole('textbox', { name: 'Text' })).toHaveValue('')
  expect(screen.getByText('Draft discarded.')).toBeInTheDocument()
  expect(warnsOnUnload()).toBe(false)
  second.unmount()

  renderPage(name)
  await waitFor(() => expect(field('Title')).toBeVisible())
  expect(restored()).toBeNull()
})

test('a statement half coded comes back with its passage, actor and fields, and is gone once saved', async () => {
  const user = userEvent.setup()
  const name = freshName()
  const first = renderPage(name)
  await waitFor(() => expect(field('Title')).toBeVisible())
  await user.type(field('Title'), 'Freedonia Gazette test page')
  await user.click(screen.getByRole('textbox', { name: 'Text' }))
  await user.paste(fictionalSource)
  await user.click(screen.getByRole('button', { name: 'Add source' }))
  await screen.findByRole('heading', { name: 'Code Freedonia Gazette test page (version 1)' })

  const passage = 'Moscow urged both sides to show restraint.'
  const start = fictionalSource.indexOf(passage)
  await user.type(field('Start'), String(start))
  await user.type(field('End'), String(start + passage.length))
  await user.click(screen.getByRole('button', { name: 'Use as passage' }))
  await user.type(screen.getByRole('searchbox', { name: 'Actor' }), 'Moscow')
  await user.click(screen.getByRole('button', { name: 'Russia' }))
  await user.type(field('Rationale'), 'Urges both sides.')
  await user.click(screen.getByRole('checkbox', { name: /End to the fighting/ }))
  first.unmount()

  renderPage(name)
  await user.click(await screen.findByRole('button', { name: 'Freedonia Gazette test page' }))
  const form = screen.getByRole('heading', { name: 'Code a statement' }).parentElement
  if (!form) throw new Error('the coding panel should be shown')
  expect(within(form).getByText(/^Restored what you were typing here/)).toBeInTheDocument()
  expect(within(form).getByText(`Passage: ${passage}`)).toBeInTheDocument()
  expect(within(form).getByText(/Chosen actor: Russia/)).toBeInTheDocument()
  expect(field('Rationale')).toHaveValue('Urges both sides.')
  expect(screen.getByRole('checkbox', { name: /End to the fighting/ })).toBeChecked()

  await user.click(screen.getByRole('button', { name: 'Save statement' }))
  expect(await screen.findByText('Statement saved: Russia.')).toBeInTheDocument()
  await screen.findByRole('listitem', { name: `Russia: ${passage}` })
  // The form starts afresh for the next statement, with no draft behind it.
  expect(screen.getByText('No passage chosen.')).toBeInTheDocument()
  expect(field('Rationale')).toHaveValue('')
  expect(restored()).toBeNull()
  expect(warnsOnUnload()).toBe(false)
})

test('a link to another page asks first while a form holds unsaved work, and the work is there on return', async () => {
  const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false)
  const { user } = renderApp('/?view=workspace')
  await waitFor(() => expect(field('Title')).toBeVisible())
  await user.type(field('Title'), 'Freedonia Gazette test page')
  const pages = screen.getByRole('navigation', { name: 'Pages' })

  await user.click(within(pages).getByRole('link', { name: 'Dashboard' }))
  expect(confirm).toHaveBeenCalledWith(
    'The source you are adding is not saved yet. What you typed is kept as a draft in this browser and comes back when you return. Leave the workspace?',
  )
  expect(screen.getByRole('heading', { name: 'Your workspace', level: 2 })).toBeInTheDocument()

  confirm.mockReturnValue(true)
  await user.click(within(pages).getByRole('link', { name: 'Dashboard' }))
  await waitFor(() =>
    expect(screen.queryByRole('heading', { name: 'Your workspace', level: 2 })).toBeNull(),
  )
  await user.click(
    within(screen.getByRole('navigation', { name: 'Pages' })).getByRole('link', {
      name: 'Your workspace',
    }),
  )
  expect(await screen.findByText(/^Restored what you were typing here/)).toBeInTheDocument()
  expect(field('Title')).toHaveValue('Freedonia Gazette test page')
  expect(confirm).toHaveBeenCalledTimes(2)
  confirm.mockRestore()
})
