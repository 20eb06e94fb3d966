import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test, vi } from 'vitest'
import { sourceText } from '../../data/source-text'
import { server } from '../../mocks/serve/node'
import { mixedDataset } from '../mock-dataset'
import { readableText, slugsAndBrackets } from '../plain-text'
import { renderApp, resultCount } from '../render-app'

// The method page compares every dataset version with the next: on a busy machine that takes a while.
vi.setConfig({ testTimeout: 30_000 })

/** The method page once every section has loaded: the agreement and each step of the changelog. */
async function methodPage() {
  renderApp('/?view=method')
  const page = await screen.findByRole('article', { name: 'How the reactions are coded' })
  await within(page).findByRole('table', { name: /for every act either coder found/ })
  const changes = within(page).getByRole('region', {
    name: 'What changed between dataset versions',
  })
  await within(changes).findByRole('list', {
    name: 'Statements that changed from 2026-11-27.1 to 2026-11-28.1',
  })
  await within(changes).findByRole('list', {
    name: 'The codebook’s words that changed from 2026-11-28.1 to 2026-12-07.1',
  })
  expect(within(page).queryByRole('status')).not.toBeInTheDocument()
  return { page, changes }
}

test('the method page and its changelog show no id, slug, bracket or array', async () => {
  const { page } = await methodPage()
  expect(slugsAndBrackets(readableText(page))).toEqual([])
})

test('a card and its details show no id, slug, bracket or array', async () => {
  // Türkiye mixed (see mixedDataset), so that a card also says how a mixed stance was derived.
  server.use(http.get('*/api/stances', () => HttpResponse.json({ data: mixedDataset.stances })))
  const { user } = renderApp()
  await resultCount()
  for (const name of ['United States', 'Türkiye', 'European Union', 'Azerbaijan']) {
    const card = screen.getByRole('article', { name })
    await user.click(within(card).getByRole('button', { name: /^Show / }))
    expect(slugsAndBrackets(readableText(card))).toEqual([])
  }
})

test('a coded position gives its reason on focus and in the details, in the article’s own words', async () => {
  const { user } = renderApp()
  await resultCount()
  const card = screen.getByRole('article', { name: 'United States' })
  const position = within(card).getByRole('button', { name: 'Backs Armenia' })
  position.focus()
  const tip = await screen.findByRole('tooltip')
  expect(position).toHaveAccessibleDescription(tip.textContent)
  expect(tip).toHaveTextContent(
    'From the statement “Blinken told Pashinian in their call that Armenia has Washington’s full support.” Why: Pledges Washington’s full support to Armenia',
  )
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()

  await user.click(within(card).getByRole('button', { name: /^Show all 2 statements/ }))
  const reasons = card.querySelector('.position-reasons')!
  expect(reasons).toHaveTextContent(
    'Backs ArmeniaFrom the statement “Blinken told Pashinian in their call that Armenia has Washington’s full support.”',
  )
  // Whatever the reason quotes is the article's text, character for character.
  for (const [, quoted] of reasons.textContent.matchAll(/From the statement “(.*?)”(?: Why:)/g))
    expect(sourceText).toContain(quoted)
})

test('the rule’s words on a card link to glossary entries the method page has', async () => {
  const { user, unmount } = renderApp()
  await resultCount()
  const card = screen.getByRole('article', { name: 'Türkiye' })
  await user.click(within(card).getByRole('button', { name: /^Show all 3 statements/ }))
  const anchors = within(card)
    .getAllByRole('link')
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => href.includes('#glossary-'))
    .map((href) => href.slice(href.indexOf('#') + 1))
  expect(anchors).toEqual(expect.arrayContaining(['glossary-decisive', 'glossary-explicit']))
  // Its definition shows while the word has the focus.
  within(card).getAllByRole('link', { name: 'Decisive' })[0]!.focus()
  expect(await screen.findByRole('tooltip')).toHaveTextContent(/^The rule’s first step\./)
  unmount()
  const { page } = await methodPage()
  for (const anchor of new Set(anchors)) expect(page.querySelector(`#${anchor}`)).not.toBeNull()
})

test('a first visitor meets how to read the dashboard above the cards, in plain words', async () => {
  renderApp()
  await resultCount()
  const howTo = screen.getByRole('region', { name: 'How to read this dashboard' })
  expect(howTo.querySelectorAll('p')).toHaveLength(1)
  expect(howTo).toHaveTextContent('Each card is one actor that reacted to the operation')
  expect(within(howTo).getByRole('link', { name: 'decisive' })).toHaveAttribute(
    'href',
    expect.stringMatching(/#glossary-decisive$/),
  )
  expect(slugsAndBrackets(readableText(howTo))).toEqual([])
  const cards = screen.getByRole('region', { name: 'Actors' })
  expect(howTo.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
})

test('following a term to the glossary lands on its entry, the filters kept', async () => {
  const { user } = renderApp('/?stance=condemns')
  await resultCount()
  const howTo = screen.getByRole('region', { name: 'How to read this dashboard' })
  await user.click(within(howTo).getByRole('link', { name: 'median' }))
  await screen.findByRole('article', { name: 'How the reactions are coded' })
  const entry = document.getElementById('glossary-median')
  expect(entry).toHaveTextContent('Median')
  await waitFor(() => expect(entry).toHaveFocus())
  expect(window.location.search).toContain('stance=condemns')
  expect(window.location.hash).toBe('#glossary-median')
})
