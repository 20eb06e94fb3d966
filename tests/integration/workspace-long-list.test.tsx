import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { benchData } from '../../scripts/bench-import-data'
import { stubScrollHeight } from '../scroll-size'
import { renderWorkspacePage, seeded, stored } from './workspace-import-helpers'

// A synthetic workspace: numbered, made-up sentences about no real event.
const { workspace } = benchData(2_000, 0)

// jsdom lays nothing out: the list's box is given 400 pixels of height, as a browser would.
stubScrollHeight('workspace-statements-box')

const list = () => screen.getByRole('list', { name: /^Your statements/ })
const drawn = () => within(list()).getAllByRole('listitem')

test('a workspace of 2,000 statements says how many and draws only those in view', async () => {
  await renderWorkspacePage(await seeded(workspace))
  expect(
    await screen.findByRole('heading', { name: 'Your statements (2,000)' }),
  ).toBeInTheDocument()
  const items = drawn()
  expect(items.length).toBeGreaterThan(0)
  expect(items.length).toBeLessThan(20)
  // A screen reader hears each statement's place among all of them.
  expect(items[0]).toHaveAttribute('aria-posinset', '1')
  expect(items[0]).toHaveAttribute('aria-setsize', '2000')
  expect(items[0]).toHaveAccessibleName(/^\w+: .* synthetic statement \d+ of synthetic source \d+/)
})

test('a statement of the long list is deleted from its own button, and Undo brings it back', async () => {
  const user = userEvent.setup()
  const name = await seeded(workspace)
  await renderWorkspacePage(name)
  await screen.findByRole('heading', { name: 'Your statements (2,000)' })
  const [, second, third] = drawn()
  if (!second || !third) throw new Error('the second and third statements are not drawn')
  const [secondName, thirdName] = [second, third].map((item) => item.getAttribute('aria-label'))
  await user.click(within(second).getByRole('button', { name: 'Delete statement' }))
  await screen.findByRole('heading', { name: 'Your statements (1,999)' })
  expect(await screen.findByText(/^Deleted the statement of /)).toBeInTheDocument()
  expect((await stored(name)).statements).toHaveLength(1_999)
  expect(drawn()[1]).toHaveAccessibleName(thirdName ?? '')
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  await screen.findByRole('heading', { name: 'Your statements (2,000)' })
  expect(drawn()[1]).toHaveAccessibleName(secondName ?? '')
})

test('scrolling the list draws its last statement and keeps the focused one', async () => {
  await renderWorkspacePage(await seeded(workspace))
  await screen.findByRole('heading', { name: 'Your statements (2,000)' })
  const first = drawn()[0]
  if (!first) throw new Error('the first statement is not drawn')
  const button = within(first).getByRole('button', { name: 'Delete statement' })
  button.focus()
  const box = list().parentElement
  if (!box) throw new Error('the list has no box')
  Object.defineProperty(box, 'scrollTop', { configurable: true, value: 10_000_000 })
  fireEvent.scroll(box)
  await waitFor(() => expect(drawn().at(-1)).toHaveAttribute('aria-posinset', '2000'))
  // The statement with the focus is still drawn, and the keyboard is still on its button.
  expect(drawn()[0]).toHaveAttribute('aria-posinset', '1')
  expect(button).toHaveFocus()
  expect(drawn().length).toBeLessThan(20)
})
