import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import type { WorkspaceData } from '../../src/lib/workspace/records'
import { sourceVersion, statementAt } from '../unit/workspace-fixtures'
import { renderWorkspacePage, seeded, stored } from './workspace-import-helpers'

// A workspace and files of statements about the fictional talks of the test fixtures.
const mine: WorkspaceData = {
  events: [],
  sources: [sourceVersion()],
  actors: [],
  statements: [statementAt('Moscow urged both sides')],
}
const header = 'id,source,actor,passage,quote,stance,channel,speaker,office,date,rationale'
const erdogan =
  'erdogan,freedonia-gazette,turkiye,Türkiye’s President Erdoğan welcomed the talks.,,supports,'

test('every row of a file is imported or named by its number, and what is said imported is what is stored', async () => {
  const user = userEvent.setup()
  const name = await seeded(mine)
  const before = await stored(name)
  await renderWorkspacePage(name)
  await screen.findByRole('heading', { name: 'Your statements (1)' })
  const csv = [
    header,
    erdogan,
    erdogan.replace('supports', 'condemns'),
    `formula,freedonia-gazette,france,“We stand with Sylvania.”,,,,=cmd|'/c calc'!A1,,,@SUM(1)\rjoined,freedonia-gazette,russia,Moscow urged both sides,,,`,
    'moscow-urges,freedonia-gazette,russia,Moscow urged both sides to show restraint.,,urges-halt,',
    'ghost,freedonia-gazette,narnia,Moscow urged both sides,,,',
    'lost,no-such-source,russia,Moscow urged,,,',
    'kept,freedonia-gazette,france,“We stand with Sylvania.”,,,,=HYPERLINK("x"),,,+1',
  ].join('\n')
  await user.upload(
    screen.getByLabelText('Import statements (.csv)'),
    new File([csv], 'fictional.csv', { type: 'text/csv' }),
  )
  const table = await screen.findByRole('table', {
    name: 'Rows that cannot be imported: 4 (nothing has been imported yet)',
  })
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent)
  expect(rows).toEqual([
    '3idRow 2 has the same id “erdogan”: an id names one statement.',
    expect.stringMatching(/^4rowA line here ends otherwise than the file’s other lines/),
    '6actor“narnia” is not an actor in the gazetteer or the workspace.',
    '7sourceNo source in the workspace is called “no-such-source”.',
  ])
  expect(await stored(name)).toEqual(before)
  const conflict = screen.getByRole('group', {
    name: '“moscow-urges” already exists in your workspace',
  })
  await user.click(within(conflict).getByRole('radio', { name: 'Take theirs' }))
  await user.click(screen.getByRole('button', { name: 'Import the 3 valid rows' }))
  const panel = screen.getByRole('region', { name: 'Import and export' })
  expect(
    await within(panel).findByText(
      'Imported 3 statements from “fictional.csv”. 4 rows could not be imported; they are listed below.',
    ),
  ).toBeInTheDocument()
  expect(screen.getByRole('table', { name: 'Rows that were not imported: 4' })).toBeVisible()
  const after = await stored(name)
  expect(after.statements.map((statement) => [statement.id, statement.stance])).toEqual([
    ['erdogan', 'supports'],
    ['kept', null],
    ['moscow-urges', 'urges-halt'],
  ])
  // Kept as typed; every export neutralises such words where it writes them out.
  expect(after.statements.find((statement) => statement.id === 'kept')).toMatchObject({
    speaker: '=HYPERLINK("x")',
    rationale: '+1',
  })
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  await screen.findByRole('heading', { name: 'Your statements (1)' })
  expect(await stored(name)).toEqual(before)
}, 30_000)

test('a file over the limit, or nested deeper than an export, is refused with the limit in words', async () => {
  const user = userEvent.setup()
  const name = await seeded(mine)
  await renderWorkspacePage(name)
  expect(
    screen.getByText(/A workspace file may be up to 100 MB, a file of statements up to 50 MB/),
  ).toBeInTheDocument()
  const huge = new File([header], 'huge.csv', { type: 'text/csv' })
  Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 })
  await user.upload(screen.getByLabelText('Import statements (.csv)'), huge)
  expect(await screen.findByRole('alert')).toHaveTextContent(
    '“huge.csv” is 60 MB, and a file of statements may be at most 50 MB, so it was not read and nothing was imported.',
  )
  const deep = `{"format":"reactions-workspace","extra":${'['.repeat(5000)}${']'.repeat(5000)}}`
  await user.upload(
    screen.getByLabelText('Import a workspace (.json)'),
    new File([deep], 'deep.json', { type: 'application/json' }),
  )
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The file nests its data more than 12 levels deep, which no exported workspace does, so it was not read.',
  )
  expect(await stored(name)).toEqual(mine)
}, 30_000)

test('a source file past its limit is refused before it is read into the form', async () => {
  const user = userEvent.setup()
  await renderWorkspacePage(await seeded({ events: [], sources: [], actors: [], statements: [] }))
  const big = new File(['Fictional words.'], 'big.txt', { type: 'text/plain' })
  Object.defineProperty(big, 'size', { value: 12 * 1024 * 1024 })
  await user.upload(screen.getByLabelText('Or open a .txt, .md or .html file'), big)
  expect(await screen.findByText(/“big\.txt” is 12 MB/)).toBeInTheDocument()
  expect(screen.getByLabelText('Text')).toHaveValue('')
})
