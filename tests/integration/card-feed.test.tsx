import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp, resultCount } from '../render-app'

const eventTitle = 'Azerbaijan’s September 2023 operation in Karabakh and the cease-fire'

test('the cards are feeds of articles, each saying its place in its feed', async () => {
  renderApp('/')
  await resultCount()
  const reacting = screen.getByRole('feed', { name: 'Reacting actors' })
  const cards = within(reacting).getAllByRole('article')
  expect(cards.map((card) => card.getAttribute('aria-posinset'))).toEqual(
    cards.map((_, index) => String(index + 1)),
  )
  for (const card of cards) expect(card).toHaveAttribute('aria-setsize', String(cards.length))
  const parties = screen.getByRole('feed', { name: 'Parties to the conflict' })
  expect(
    within(parties)
      .getAllByRole('article')
      .map((card) => card.getAttribute('aria-setsize')),
  ).toEqual(['2', '2'])
  expect(reacting).toHaveAttribute('aria-busy', 'false')
})

test('Page Down and Page Up move between the cards of a feed', async () => {
  const { user } = renderApp('/')
  await resultCount()
  const reacting = screen.getByRole('feed', { name: 'Reacting actors' })
  const [first, second] = within(reacting).getAllByRole('article')
  await user.click(within(first!).getByRole('button', { name: /^Compare/ }))
  await user.keyboard('{PageDown}')
  expect(second).toHaveFocus()
  await user.keyboard('{PageDown}{PageUp}{PageUp}')
  expect(first).toHaveFocus()
})

test('with one event in view, a card leaves its name to the header', async () => {
  renderApp('/')
  await resultCount()
  expect(screen.getByRole('heading', { level: 2, name: eventTitle })).toBeVisible()
  const card = screen.getByRole('article', { name: 'Türkiye' })
  expect(within(card).queryByText(eventTitle)).not.toBeInTheDocument()
  expect(within(card).queryByText(/^Event:/)).not.toBeInTheDocument()
})

test('the article’s small filters keep their checkboxes, with no search box', async () => {
  renderApp('/')
  await resultCount()
  for (const name of ['Stance', 'Kind of actor', 'Actor', 'Position', 'Channel', 'Speaker'])
    expect(
      within(await screen.findByRole('group', { name })).queryByRole('searchbox'),
    ).not.toBeInTheDocument()
})
