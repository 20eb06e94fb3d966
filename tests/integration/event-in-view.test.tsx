import { screen, within } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { createHandlers } from '../../mocks/handlers/all'
import { articleDataset, withWorkspace } from '../../mocks/handlers/dataset'
import { server } from '../../mocks/serve/node'
import { citationStyles, renderApp, resultCount } from '../render-app'
import { japanWorkspace, statementAt } from '../unit/workspace-fixtures'

// The chart code is a lazy chunk, slow to load the first time on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

// A fictional event the analyst opened for their fictional source, with Japan's one statement.
const norvania = 'norvanias-border-closure'
beforeEach(() => {
  server.use(
    ...createHandlers(
      withWorkspace(articleDataset, {
        ...japanWorkspace(norvania),
        events: [
          { id: norvania, title: 'Norvania’s border closure', start: '2026-01-05', end: null },
        ],
      }),
    ),
  )
})

test('a chart of the analyst’s own event names their source, not the article', async () => {
  renderApp(`/?event=${norvania}`)
  const chart = await screen.findByRole(
    'figure',
    { name: 'Where each actor stands' },
    { timeout: 15_000 },
  )
  const line = within(chart).getByText(/^Source:/)
  expect(line).toHaveTextContent(
    /^Source: One source of your own\. Coded by the diplomatic reactions tracker, dataset [\w.+-]+, with your own coding\.$/,
  )
  expect(line).not.toHaveTextContent('Daily Sabah')
})

test(
  'citing a view of the analyst’s own event cites their source alone',
  citationStyles,
  async () => {
    const { user } = renderApp(`/?event=${norvania}`)
    await resultCount()
    await user.click(screen.getByRole('button', { name: 'Cite this view' }))
    const dialog = await screen.findByRole('dialog', { name: 'Cite: this view' })
    const apa = await within(dialog).findByRole(
      'region',
      { name: 'APA Style 7th edition' },
      citationStyles,
    )
    expect(apa).toHaveTextContent(
      'Freedonia Gazette, a fictional paper. (2026, January 5). Freedonia Gazette. https://example.org/freedonia',
    )
    expect(dialog).not.toHaveTextContent('Daily Sabah')
    expect(dialog).not.toHaveTextContent('Karabakh')
  },
)

/** The embed code the Embed dialog gives for the view at `url`. */
async function embedCode(url: string) {
  const { user } = renderApp(url)
  await user.click(await screen.findByRole('button', { name: 'Embed' }))
  const dialog = await screen.findByRole('dialog', { name: 'Embed this view' })
  return within(dialog).getByRole('textbox', { name: 'Embed code' })
}

test('the embed code of another event is titled by that event', async () => {
  expect(await embedCode(`/?event=${norvania}`)).toHaveDisplayValue(
    /title="Reactions to Norvania’s border closure: The cards, as filtered"/,
  )
})

test('the embed code of a view across events names no one event', async () => {
  expect(await embedCode('/?event=all')).toHaveDisplayValue(
    /title="Reactions across all events: The cards, as filtered"/,
  )
})

test('one event’s view offers only its own actors to compare and filter, and counts them', async () => {
  const { user } = renderApp(`/?event=${norvania}`)
  expect(await screen.findByText('All 1 actor · 1 statement')).toBeInTheDocument()
  await user.click(await screen.findByRole('combobox', { name: 'Choose two to four actors' }))
  const list = screen.getByRole('listbox', { name: 'Choose two to four actors' })
  expect(
    within(list)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Japan 1 statement'])
  const actorFilter = await screen.findByRole('group', { name: 'Actor' })
  expect(actorFilter).toHaveTextContent('Japan')
  expect(actorFilter).not.toHaveTextContent(/Azerbaijan|Karabakh/)
})

test('in one event’s view a card lists only the actor’s statements on that event', async () => {
  // Russia speaks in the article and, in the fictional source, urges both sides to show restraint.
  const workspace = japanWorkspace(norvania)
  server.use(
    ...createHandlers(
      withWorkspace(articleDataset, {
        ...workspace,
        events: [
          { id: norvania, title: 'Norvania’s border closure', start: '2026-01-05', end: null },
        ],
        statements: [
          ...workspace.statements,
          statementAt('Moscow urged both sides to show restraint.'),
        ],
      }),
    ),
  )
  const { user } = renderApp(`/?event=${norvania}`)
  const card = await screen.findByRole('article', { name: 'Russia' })
  await user.click(
    within(card).getByRole('button', { name: /^Show the statement and the coding$/ }),
  )
  expect(card).toHaveTextContent('Moscow urged both sides to show restraint.')
  expect(card).not.toHaveTextContent('Telegram')
})
