import 'fake-indexeddb/auto'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, test } from 'vitest'
import { createHandlers } from '../../mocks/handlers/all'
import { articleDataset, type ServedDataset } from '../../mocks/handlers/dataset'
import { server } from '../../mocks/serve/node'
import { WorkspacePage } from '../../src/features/workspace/workspace-page'
import { openWorkspaceStore } from '../../src/lib/workspace/store'
import { codebookFromTheEvent, norvaniaText } from '../unit/norvania-fixtures'

// Norvania, Velmora and the report are fictional, written for these tests (see the fixtures).

/** The article's dataset served with codebook 3's labels, written from the event. */
const latest = { ...articleDataset.latest, codebook: codebookFromTheEvent }
const served: ServedDataset = {
  ...articleDataset,
  versions: [...articleDataset.versions.slice(0, -1), latest],
  latest,
}
beforeEach(() => server.use(...createHandlers(served)))

let count = 0
const freshName = () => `workspace-event-terms-${(count += 1)}-${Math.random()}`

/** The page as the app mounts it, over a workspace of its own; returns that workspace's name. */
const renderPage = () => {
  const name = freshName()
  render(
    <QueryClientProvider client={new QueryClient()}>
      <WorkspacePage databaseName={name} />
    </QueryClientProvider>,
  )
  return name
}

/** What the workspace holds on this device, as the page saved it. */
async function stored(name: string) {
  const store = await openWorkspaceStore(name)
  const data = await store.read()
  store.close()
  return data
}

type User = ReturnType<typeof userEvent.setup>

async function pasteSource(user: User, title: string) {
  // Open from the start while the workspace is empty, folded once it holds a source.
  const adding = screen.getByText('Add a source')
  if (!adding.closest('details')?.open) await user.click(adding)
  await user.type(screen.getByLabelText('Title'), title)
  await user.click(screen.getByRole('textbox', { name: 'Text' }))
  await user.paste(norvaniaText)
}

const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent)

/** Words of the article's event that must never reach another event's coding. */
const otherEvent = /Azerbaijan|Karabakh|Daily Sabah|the operation/

test('a new event with a new initiator: the drafts, the choices and the coded statements read in its terms', async () => {
  const user = userEvent.setup()
  const name = renderPage()
  await pasteSource(user, 'Norvania Herald, a fictional paper')
  await user.selectOptions(screen.getByLabelText('Event'), 'A new event…')
  await user.type(screen.getByLabelText('Title of the new event'), 'Norvania’s border closure')
  await user.type(screen.getByLabelText('Time zone'), 'Mars/Olympus')
  await user.click(screen.getByRole('button', { name: 'Add source' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Say who set the event off')
  expect(alert).toHaveTextContent('Say in a few words what the initiator did')
  expect(alert).toHaveTextContent('“Mars/Olympus” is not a time zone this browser knows')

  await user.type(screen.getByLabelText('Or a new initiator'), 'Norvania')
  await user.selectOptions(screen.getByLabelText('Kind of the new initiator'), 'State')
  await user.type(
    screen.getByLabelText('What the initiator did, in a few words'),
    'The border closure',
  )
  await user.type(
    screen.getByLabelText('What the initiator did, in full'),
    'the border closure at the Velmora crossing',
  )
  await user.type(screen.getByLabelText('Or a new party'), 'Velmora')
  await user.click(screen.getByRole('button', { name: 'Add the new party' }))
  expect(screen.getByText('Other parties: Velmora.')).toBeInTheDocument()
  await user.type(screen.getByLabelText('Country'), 'Norvania')
  await user.clear(screen.getByLabelText('Time zone'))
  await user.type(screen.getByLabelText('Time zone'), 'Europe/Oslo')
  await user.type(screen.getByLabelText('First day'), '2026-03-02')
  await user.click(screen.getByRole('button', { name: 'Add a milestone' }))
  await user.type(screen.getByLabelText('Milestone 1'), 'The border closes')
  await user.click(screen.getByRole('button', { name: 'Add source' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('Give milestone 1 its day.')
  await user.type(screen.getByLabelText('Day of milestone 1'), '2026-03-02')
  await user.click(screen.getByRole('button', { name: 'Add source' }))
  const coding = await screen.findByRole('region', {
    name: 'Code Norvania Herald, a fictional paper (version 1)',
  })
  const saved = await stored(name)
  expect(saved.events).toEqual([
    {
      id: 'norvania-s-border-closure',
      title: 'Norvania’s border closure',
      start: '2026-03-02',
      end: '2026-03-02',
      initiator: { actorId: 'norvania', name: 'Norvania' },
      action: { short: 'the border closure', full: 'the border closure at the Velmora crossing' },
      parties: ['norvania', 'velmora'],
      country: 'Norvania',
      timeZone: 'Europe/Oslo',
      milestones: [{ label: 'The border closes', date: '2026-03-02' }],
    },
  ])
  expect(saved.actors.map(({ id, name, kind }) => ({ id, name, kind }))).toEqual([
    { id: 'norvania', name: 'Norvania', kind: 'state' },
    { id: 'velmora', name: 'Velmora', kind: 'state' },
  ])

  await user.click(within(coding).getByRole('button', { name: 'Suggest drafts' }))
  const drafts = {
    'Draft: United Nations, called': 'suggested stance: Calls on all sides',
    'Draft: France, urged': 'suggested stance: Urges Norvania to halt',
    'Draft: Germany, condemned': 'suggested stance: Condemns the border closure',
  }
  for (const [name, stance] of Object.entries(drafts))
    expect(await within(coding).findByRole('listitem', { name })).toHaveTextContent(stance)

  const stance = within(coding).getByLabelText('Stance')
  expect(optionsOf(stance)).toEqual([
    'No stance toward the border closure',
    'Supports the border closure',
    'Calls on all sides',
    'Urges Norvania to halt',
    'Condemns the border closure',
  ])
  expect(coding).toHaveTextContent('Does it condemn the border closure?')
  expect(coding).not.toHaveTextContent(otherEvent)

  await user.click(
    within(within(coding).getByRole('listitem', { name: 'Draft: France, urged' })).getByRole(
      'button',
      { name: 'Accept' },
    ),
  )
  // Germany's statement, coded by hand: its passage by position, its actor, its stance.
  const start = norvaniaText.indexOf('Germany condemned')
  await user.type(within(coding).getByLabelText('Start'), String(start))
  await user.clear(within(coding).getByLabelText('End'))
  await user.type(within(coding).getByLabelText('End'), String(norvaniaText.length))
  await user.click(within(coding).getByRole('button', { name: 'Use as passage' }))
  await user.type(within(coding).getByRole('searchbox', { name: 'Actor' }), 'Berlin')
  await user.click(within(coding).getByRole('button', { name: 'Germany' }))
  await user.selectOptions(stance, 'Condemns the border closure')
  expect(within(coding).getByText(/Derived stance of Germany/)).toHaveTextContent(
    'Derived stance of Germany: Condemns the border closure.',
  )
  await user.click(within(coding).getByRole('button', { name: 'Save statement' }))

  const yours = await screen.findByRole('region', { name: 'Your statements (2)' })
  expect(
    within(yours).getByRole('listitem', {
      name: 'France: France urged Norvania to reopen the crossing.',
    }),
  ).toHaveTextContent('Urges Norvania to halt')
  expect(
    within(yours).getByRole('listitem', { name: 'Germany: Germany condemned the closure.' }),
  ).toHaveTextContent('Condemns the border closure')
  expect(yours).not.toHaveTextContent(otherEvent)
  expect(coding).not.toHaveTextContent(otherEvent)
}, 60_000)

test('a source filed under no event reads in the generic words, and leaves a call on a named actor to the analyst', async () => {
  const user = userEvent.setup()
  const name = renderPage()
  await pasteSource(user, 'Velmora Courier, a fictional paper')
  await user.click(screen.getByRole('button', { name: 'Add source' }))
  const coding = await screen.findByRole('region', {
    name: 'Code Velmora Courier, a fictional paper (version 1)',
  })
  expect(optionsOf(within(coding).getByLabelText('Stance'))).toEqual([
    'No stance toward the action',
    'Supports the action',
    'Calls on all sides',
    'Urges the initiator to halt',
    'Condemns the action',
  ])
  await user.click(within(coding).getByRole('button', { name: 'Suggest drafts' }))
  const france = await within(coding).findByRole('listitem', { name: 'Draft: France, urged' })
  expect(france).toHaveTextContent('suggested stance: none')
  expect(france).toHaveTextContent('the source’s event names no initiator')
  expect(coding).not.toHaveTextContent(otherEvent)

  // An actor the gazetteer lacks, added with its kind: a fictional armed group.
  const start = norvaniaText.indexOf('Norvania closed')
  await user.type(within(coding).getByLabelText('Start'), String(start))
  await user.clear(within(coding).getByLabelText('End'))
  await user.type(within(coding).getByLabelText('End'), String(start + 15))
  await user.click(within(coding).getByRole('button', { name: 'Use as passage' }))
  await user.type(within(coding).getByLabelText('Or a new actor'), 'Velmoran Front')
  await user.selectOptions(
    within(coding).getByLabelText('Kind of the new actor'),
    'Non-state actor',
  )
  await user.click(within(coding).getByRole('button', { name: 'Save statement' }))
  await screen.findByRole('region', { name: 'Your statements (1)' })
  expect((await stored(name)).actors).toMatchObject([
    { id: 'velmoran-front', name: 'Velmoran Front', kind: 'non-state-actor' },
  ])
}, 60_000)
