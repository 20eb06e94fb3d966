import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { createDataPackage } from '../../src/lib/workspace/data-package'
import type { WorkspaceData } from '../../src/lib/workspace/records'
import { fictionalText, sourceVersion, statementAt } from '../unit/workspace-fixtures'
import { renderWorkspacePage, seeded, stored } from './workspace-import-helpers'

// Two workspaces about the fictional talks of the test fixtures.
const mine: WorkspaceData = {
  events: [{ id: 'talks', title: 'Fictional talks', start: '2026-01-05', end: null }],
  sources: [
    sourceVersion({ eventId: 'talks' }),
    sourceVersion({ version: 2, text: `Update. ${fictionalText}`, eventId: 'talks' }),
  ],
  actors: [
    {
      id: 'norvania',
      name: 'Norvania',
      shortName: 'Norvania',
      kind: 'state',
      emblem: 'none',
      isParty: false,
      order: 1,
    },
  ],
  statements: [
    statementAt('Moscow urged both sides'),
    statementAt('We stand with Sylvania.', { id: 'norvania-stands', actorId: 'norvania' }),
  ],
}
const theirs: WorkspaceData = {
  events: [],
  sources: [sourceVersion()],
  actors: [],
  statements: [
    statementAt('Moscow urged both sides', { stance: 'urges-halt' }),
    statementAt('Türkiye’s President Erdoğan welcomed the talks.', {
      id: 'erdogan',
      actorId: 'turkiye',
    }),
  ],
}

const packageFile = async (data: WorkspaceData, name = 'theirs.json') =>
  new File([JSON.stringify(await createDataPackage(data, new Date()))], name)

test('a workspace file replaces the workspace only when asked, saying what goes; Undo brings every table back', async () => {
  const user = userEvent.setup()
  const name = await seeded(mine)
  const before = await stored(name)
  await renderWorkspacePage(name)
  await screen.findByRole('heading', { name: 'Your statements (2)' })
  await user.upload(screen.getByLabelText('Import a workspace (.json)'), await packageFile(theirs))
  await user.click(await screen.findByRole('radio', { name: 'Replace my workspace with it' }))
  expect(
    screen.getByText(
      'Replacing removes everything in your workspace now: 1 source (2 versions), 2 statements, 1 event and 1 added actor. You can undo it until you close this tab.',
    ),
  ).toBeInTheDocument()
  expect(await stored(name)).toEqual(before)
  await user.click(screen.getByRole('button', { name: 'Replace my workspace' }))
  await screen.findByRole('button', { name: 'Undo the import' })
  expect(await stored(name)).toEqual({
    ...theirs,
    statements: [theirs.statements[1], theirs.statements[0]],
  })
  await user.click(screen.getByRole('button', { name: 'Undo the import' }))
  await screen.findByRole('button', { name: 'Undo bringing it back' })
  expect(await stored(name)).toEqual(before)
}, 30_000)

test('clearing says what it removes and suggests an export first, and Undo brings every table back', async () => {
  const user = userEvent.setup()
  const name = await seeded(mine)
  const before = await stored(name)
  await renderWorkspacePage(name)
  await screen.findByRole('heading', { name: 'Your statements (2)' })
  await user.click(screen.getByRole('button', { name: 'Clear the workspace' }))
  const confirm = screen.getByRole('group', { name: 'Clear the workspace' })
  expect(confirm).toHaveTextContent(
    'Clearing removes 1 source (2 versions), 2 statements, 1 event and 1 added actor from this browser. You can undo it until you close this tab; to keep a copy for good, export the workspace first.',
  )
  expect(within(confirm).getByRole('button', { name: 'Export the workspace first' })).toBeVisible()
  await user.click(within(confirm).getByRole('button', { name: 'Yes, clear everything' }))
  await screen.findByRole('heading', { name: 'Your statements (0)' })
  expect(await stored(name)).toEqual({ events: [], sources: [], actors: [], statements: [] })
  // The undo outlasts other changes made since.
  await user.upload(screen.getByLabelText('Import a workspace (.json)'), await packageFile(theirs))
  await screen.findByRole('heading', { name: 'Your statements (2)' })
  await user.click(screen.getByRole('button', { name: 'Undo clearing' }))
  await screen.findByRole('button', { name: 'Undo bringing it back' })
  expect(await stored(name)).toEqual(before)
}, 30_000)

test('merging asks about each record that differs, adds the rest, and can be undone exactly', async () => {
  const user = userEvent.setup()
  const name = await seeded(mine)
  const before = await stored(name)
  await renderWorkspacePage(name)
  await screen.findByRole('heading', { name: 'Your statements (2)' })
  await user.upload(screen.getByLabelText('Import a workspace (.json)'), await packageFile(theirs))
  await screen.findByText(
    'Records new to your workspace: 1; in it already, unchanged: 0; different from yours: 2.',
  )
  await user.click(screen.getByRole('button', { name: 'Merge it' }))
  expect(screen.getByRole('alert')).toHaveTextContent(
    'Choose what to do with “Freedonia Gazette, a fictional paper” (version 1), moscow-urges first.',
  )
  // Their copy of the source is filed under no event; the words are the same.
  const source = screen.getByRole('group', {
    name: 'The source “Freedonia Gazette, a fictional paper” (version 1) is in your workspace with other details',
  })
  await user.click(within(source).getByRole('radio', { name: 'Keep mine' }))
  const conflict = screen.getByRole('group', {
    name: 'The statement “moscow-urges” is in your workspace with other content',
  })
  await user.click(within(conflict).getByRole('radio', { name: 'Keep both' }))
  await user.click(screen.getByRole('button', { name: 'Merge it' }))
  await screen.findByRole('heading', { name: 'Your statements (4)' })
  const merged = await stored(name)
  expect(merged.statements.map((statement) => [statement.id, statement.stance])).toEqual([
    ['erdogan', 'calls-on-all-sides'],
    ['moscow-urges', 'calls-on-all-sides'],
    ['moscow-urges-2', 'urges-halt'],
    ['norvania-stands', 'calls-on-all-sides'],
  ])
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  await screen.findByRole('heading', { name: 'Your statements (2)' })
  expect(await stored(name)).toEqual(before)
}, 30_000)
