import 'fake-indexeddb/auto'
import { screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { event } from '../../data/event'
import { createHandlers } from '../../mocks/handlers/all'
import { articleDataset, withWorkspace } from '../../mocks/handlers/dataset'
import { server } from '../../mocks/serve/node'
import { renderApp, shownActors } from '../render-app'
import { japanWorkspace } from '../unit/workspace-fixtures'

const footer = () => screen.getByRole('contentinfo')

test('the article’s dashboard promises the article’s words', async () => {
  renderApp('/')
  await shownActors()
  expect(footer()).toHaveTextContent(
    'Every quotation is the article’s own words, character for character; everything else is marked as the article’s paraphrase.',
  )
})

test('beside the analyst’s own statements, the promise is each source’s words', async () => {
  server.use(...createHandlers(withWorkspace(articleDataset, japanWorkspace(event.id))))
  renderApp('/')
  expect(await shownActors()).toContain('Japan')
  expect(footer()).toHaveTextContent(
    'Every quotation is its source’s own words, character for character; everything else is marked as its source’s paraphrase.',
  )
  expect(footer()).not.toHaveTextContent('the article’s')
})

test('the workspace promises the analyst’s own sources’ words, not the article’s', async () => {
  renderApp('/?view=workspace')
  await screen.findByRole('heading', { name: 'Your workspace', level: 2 })
  expect(footer()).toHaveTextContent(
    'Every quotation is your source’s own words, character for character; everything else is marked as your source’s paraphrase.',
  )
})

test('the synthetic corpus is said to be synthetic, not anyone’s words', async () => {
  renderApp('/?dataset=synthetic&size=200')
  await waitFor(() =>
    expect(footer()).toHaveTextContent(
      'Synthetic data for testing at scale — not real statements. Stances are derived',
    ),
  )
  expect(footer()).not.toHaveTextContent('Every quotation')
})
