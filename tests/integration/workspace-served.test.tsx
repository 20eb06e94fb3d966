import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { createHandlers } from '../../mocks/handlers/all'
import { articleDataset, withWorkspace } from '../../mocks/handlers/dataset'
import { server } from '../../mocks/serve/node'
import { event } from '../../data/event'
import { findFilterOption, renderApp, shownActors } from '../render-app'
import { japanWorkspace } from '../unit/workspace-fixtures'

/** A fictional source filed under the article's event, with one statement by a new actor. */
const workspace = (stance: 'supports' | 'condemns') => japanWorkspace(event.id, stance)

test('the analyst’s statements are served beside the dataset, marked as theirs, with stances derived again', () => {
  const served = withWorkspace(articleDataset, workspace('condemns'))
  const latest = served.latest
  const yours = latest.statements.filter((statement) => statement.yours)
  expect(yours.map((statement) => [statement.actorId, statement.passage.text])).toEqual([
    ['japan', 'We stand with Sylvania.'],
  ])
  expect(latest.actors.find((actor) => actor.id === 'japan')?.name).toBe('Japan')
  expect(latest.stances.find((stance) => stance.actorId === 'japan')?.stance).toBe('condemns')
  expect(latest.events[0]?.sourceIds).toContain(yours[0]?.sourceId)
  expect(latest.sources.find((source) => source.yours)?.title).toBe(
    'Freedonia Gazette, a fictional paper',
  )
  // Published versions stay as published; only the latest carries the analyst's records.
  expect(served.versions.slice(0, -1)).toEqual(articleDataset.versions.slice(0, -1))
  expect(latest.revision).not.toBe(
    withWorkspace(articleDataset, workspace('supports')).latest.revision,
  )
})

test('the dashboard shows the analyst’s own statement in the cards and counts its actor', async () => {
  server.use(...createHandlers(withWorkspace(articleDataset, workspace('condemns'))))
  renderApp('/')
  expect(await shownActors()).toContain('Japan')
  const card = screen
    .getAllByRole('article')
    .find((article) => within(article).queryByRole('heading', { name: 'Japan' }))
  if (!card) throw new Error('Japan should have a card')
  expect(card).toHaveTextContent('We stand with Sylvania.')
})

test('a change to the workspace changes the answers’ ETags, so no stale answer is reused', async () => {
  const tagOf = async (stance: 'supports' | 'condemns') => {
    server.use(...createHandlers(withWorkspace(articleDataset, workspace(stance))))
    const response = await fetch('http://localhost/api/stances')
    return response.headers.get('etag')
  }
  expect(await tagOf('condemns')).not.toBe(await tagOf('supports'))
})

test('the analyst’s actor is a filter option, their statement says it is theirs, and an embed leaves it out', async () => {
  server.use(...createHandlers(withWorkspace(articleDataset, workspace('condemns'))))
  const { user } = renderApp('/')
  await user.click(await findFilterOption('Actor', 'Japan'))
  expect(await shownActors()).toEqual(['Japan'])
  const [card] = screen.getAllByRole('article')
  if (!card) throw new Error('Japan should have a card')
  expect(within(card).getByText('Yours')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Embed' }))
  expect(await screen.findByText(/Your own statements are not in the embed/)).toBeInTheDocument()
})
