import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { syntheticDataset } from '../../mocks/handlers/dataset'
import { serveDataset } from '../../mocks/serve/node'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { stanceSummaryLabel } from '../../src/lib/codebook/stance-label'
import { codebookLabels } from '../../src/lib/labels'
import { stanceIds, type StanceId } from '../../src/lib/vocabulary'
import { norvania } from '../fictional-event'
import { findFilterOption, renderApp } from '../render-app'
import { templateCodebook } from '../template-codebook'

vi.setConfig({ testTimeout: 60_000 })

const served = syntheticDataset({ size: 480, events: 12 })
const { actors, events, statements, codebook } = served.latest
const labels = codebookLabels(codebook)
/** The strips span events: each stance is named by its place on the scale, in general words. */
const acrossEvents = {
  ...labels,
  stance: (id: StanceId) => `${stanceIds.indexOf(id) + 1}. ${labels.stance(id)}`,
}

test('the table gives, for each actor in view, its stance in each event where it spoke', async () => {
  serveDataset(served)
  // Every event, so the strips span the dataset; one actor who speaks in more than one event, so
  // the view is small and the strips have something to compare.
  const eventsOf = (actorId: string) =>
    events.filter((event) =>
      statements.some(
        (item) => item.actorId === actorId && event.sourceIds.includes(item.sourceId),
      ),
    )
  const speaker = actors.find((actor) => eventsOf(actor.id).length > 1)
  if (!speaker) throw new Error('no actor speaks in the dataset')
  const { user } = renderApp(`/?event=all&actor=${speaker.id}`)
  // The panel loads its code when the page is idle: on a busy machine, after a few seconds.
  const figure = await screen.findByRole(
    'figure',
    { name: /^Stance across 12 events for 1 actor/ },
    { timeout: 15_000 },
  )
  expect(figure).toHaveAccessibleName(/codebook 3\.1\.0’s rule/)
  await user.click(within(figure).getByRole('button', { name: 'Show as table' }))
  const table = within(figure).getByRole('table', { name: 'Stance by actor and event' })
  const rows = within(table).getAllByRole('row').slice(1)

  // What the codebook's rule gives for each event, from the statements the API serves.
  const expected = [...events]
    .sort((a, b) => a.start.localeCompare(b.start))
    .flatMap((event) => {
      const own = statements.filter(
        (statement) =>
          statement.actorId === speaker.id && event.sourceIds.includes(statement.sourceId),
      )
      if (own.length === 0) return []
      const stance = stanceSummaryLabel(deriveStanceSummary(speaker, own), acrossEvents)
      return [[speaker.name, event.title, stance, String(own.length)]]
    })
  expect(expected.length).toBeGreaterThan(1)
  expect(
    rows.map((row) => {
      const [actor, title, , stance, count] = [...row.querySelectorAll('th, td')].map(
        (cell) => cell.textContent,
      )
      return [actor, title, stance, count]
    }),
  ).toEqual(expected)
})

test('the strips show the twelve actors with the most statements in view, say so, and take more by name', async () => {
  serveDataset(served)
  const { user } = renderApp('/?event=all')
  const figure = await screen.findByRole('figure', {
    name: /^Stance across 12 events for 12 actors/,
  })
  expect(within(figure).getByText(/^The 12 actors with the most statements;/)).toBeVisible()
  const rowNames = () =>
    within(within(figure).getByRole('grid'))
      .getAllByRole('rowheader')
      .map((cell) => cell.title)
  const shown = rowNames()
  expect(shown).toHaveLength(12)
  const countOf = (actorId: string) =>
    statements.filter((statement) => statement.actorId === actorId).length
  const counts = shown.map((name) => countOf(actors.find((actor) => actor.name === name)?.id ?? ''))
  expect(counts).toEqual([...counts].sort((a, b) => b - a))
  const mostLeftOut = Math.max(
    ...actors.filter((actor) => !shown.includes(actor.name)).map((actor) => countOf(actor.id)),
  )
  expect(Math.min(...counts)).toBeGreaterThanOrEqual(mostLeftOut)

  // A quiet actor is added by typing its name, behind "change"; the choice goes to the address.
  const quiet = actors.find((actor) => !shown.includes(actor.name) && countOf(actor.id) > 0)
  if (!quiet) throw new Error('every speaking actor is already shown')
  await user.click(within(figure).getByRole('button', { name: 'change the actors shown' }))
  await user.type(within(figure).getByRole('combobox', { name: 'Add an actor' }), quiet.name)
  await user.click(within(figure).getByRole('button', { name: 'Add' }))
  await waitFor(() => expect(rowNames()).toEqual([...shown, quiet.name]))
  expect(within(figure).getByText(/^The 13 actors you chose;/)).toBeVisible()
  expect(new URLSearchParams(window.location.search).get('strips')?.split(',')).toHaveLength(13)

  // Taken away again, and back to the busiest.
  await user.click(within(figure).getByRole('button', { name: `Remove ${quiet.name}` }))
  await waitFor(() => expect(rowNames()).toEqual(shown))
  await user.click(
    within(figure).getByRole('button', { name: 'Show the 12 with the most statements' }),
  )
  await waitFor(() => expect(new URLSearchParams(window.location.search).has('strips')).toBe(false))
  expect(within(figure).getByText(/^The 12 actors with the most statements;/)).toBeVisible()
})

test('a link keeps the chosen actors, in their order', async () => {
  serveDataset(served)
  const [one, two] = actors.filter((actor) => statements.some((item) => item.actorId === actor.id))
  if (!one || !two) throw new Error('fewer than two actors speak')
  renderApp(`/?event=all&strips=${two.id},${one.id}`)
  const figure = await screen.findByRole('figure', {
    name: /^Stance across 12 events for 2 actors/,
  })
  expect(
    within(within(figure).getByRole('grid'))
      .getAllByRole('rowheader')
      .map((cell) => cell.title),
  ).toEqual([two.name, one.name])
  expect(within(figure).getByText(/^The 2 actors you chose;/)).toBeVisible()
})

test('the strips name the stances in general words, by place on the scale, whatever event is in view', async () => {
  // The first event given the fictional Norvania's initiator and action, and the codebook's labels
  // written as templates: the page's words for that event name Norvania, the strips' never.
  const [first, ...rest] = events
  if (!first) throw new Error('the dataset has no event')
  const { initiator, action } = norvania
  const latest = {
    ...served.latest,
    codebook: templateCodebook,
    events: [{ ...first, initiator, action }, ...rest],
  }
  serveDataset({ ...served, versions: [latest], latest })
  renderApp(`/?event=${first.id}`)
  expect(await findFilterOption('Stance', 'Urges Norvania to halt')).toBeInTheDocument()
  const figure = await screen.findByRole('figure', { name: /^Stance across 12 events/ })
  const legend = within(figure).getByRole('list', { name: 'Colours' })
  expect(
    within(legend)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    '1. Supports the action',
    '2. Calls on all sides',
    '3. Urges the initiator to halt',
    '4. Condemns the action',
    'Mixed (a thin bar)',
    'No stance expressed, or not placed (grey)',
    'No statement (pale)',
  ])
  // (Its events' own titles may name a border closure; the stance words never name Norvania's.)
  expect(figure).not.toHaveTextContent(/Norvania/)
})
