import 'fake-indexeddb/auto'
import { expect, test } from 'vitest'
import { applyChange, putChange } from '../../src/lib/workspace/changes'
import { readStatementsCsv, resolveConflict } from '../../src/lib/workspace/csv-import'
import { createDataPackage, readDataPackage } from '../../src/lib/workspace/data-package'
import { emptyWorkspace } from '../../src/lib/workspace/records'
import { openWorkspaceStore } from '../../src/lib/workspace/store'
import { sourceVersion, statementAt } from './workspace-fixtures'

const workspace = applyChange(
  emptyWorkspace,
  putChange({
    events: [{ id: 'talks', title: 'Fictional talks', start: '2026-01-05', end: null }],
    sources: [sourceVersion()],
    statements: [statementAt('Moscow urged both sides')],
  }),
)

test('export → clear → import gives back the identical workspace', async () => {
  const store = await openWorkspaceStore(`import-${Math.random()}`)
  await store.replace(workspace)
  const exported = JSON.stringify(await createDataPackage(await store.read(), new Date()))
  await store.replace(emptyWorkspace)
  expect((await store.read()).sources).toEqual([])
  const reading = await readDataPackage(exported)
  if (!reading.ok) throw new Error(reading.problems.join('\n'))
  await store.replace(reading.data)
  expect(await store.read()).toEqual(workspace)
  store.close()
})

test('a package changed after export is refused by its checksum', async () => {
  const exported = JSON.stringify(await createDataPackage(workspace, new Date()))
  const tampered = exported.replace('Moscow urged', 'Moscow begged')
  expect(await readDataPackage(tampered)).toEqual({
    ok: false,
    problems: [expect.stringMatching(/checksum does not match/)],
  })
  expect(await readDataPackage('{"format":"something else"}')).toMatchObject({ ok: false })
})

const actors = new Set(['russia', 'turkiye', 'freedonia'])
const header = 'id,source,actor,passage,quote,stance,channel'

test('CSV rows are placed in the named source; what cannot be placed is named by row and field', () => {
  const csv = [
    header,
    'erdogan-welcomes,freedonia-gazette,turkiye,Türkiye’s President Erdoğan welcomed the talks.,,,statement',
    'bad-words,freedonia-gazette,russia,Moscow begged both sides,,calls-on-all-sides,',
    'bad-quote,freedonia-gazette,russia,Moscow urged both sides to show restraint.,both sides,condemns,',
    'bad-actor,nowhere,narnia,Moscow urged,,sideways,',
  ].join('\n')
  const reading = readStatementsCsv(csv, workspace, actors)
  expect(reading.valid.map((statement) => statement.id)).toEqual(['erdogan-welcomes'])
  const passage = 'Türkiye’s President Erdoğan welcomed the talks.'
  const start = sourceVersion().text.indexOf(passage)
  expect(reading.valid[0]?.passage).toEqual({ start, end: start + passage.length, text: passage })
  expect(reading.problems).toEqual([
    { row: 3, field: 'passage', message: 'These words are not in the source.' },
    {
      row: 4,
      field: 'quote',
      message: 'The quoted words are not inside the source’s quotation marks.',
    },
    { row: 5, field: 'source', message: 'No source in the workspace is called “nowhere”.' },
    {
      row: 5,
      field: 'actor',
      message: '“narnia” is not an actor in the gazetteer or the workspace.',
    },
    { row: 5, field: 'stance', message: '“sideways” is not a stance of the codebook.' },
  ])
})

test('an id already in the workspace is a conflict, resolved only as the analyst chooses', () => {
  const csv = `${header}\nmoscow-urges,freedonia-gazette,russia,Moscow urged both sides to show restraint.,,urges-halt,`
  const reading = readStatementsCsv(csv, workspace, actors)
  expect(reading.valid).toEqual([])
  const [conflict] = reading.conflicts
  if (!conflict) throw new Error('expected a conflict')
  expect(conflict.existing.stance).toBe('calls-on-all-sides')
  expect(resolveConflict(conflict, 'keep-mine', ['moscow-urges'])).toEqual([])
  expect(resolveConflict(conflict, 'take-theirs', ['moscow-urges'])[0]?.stance).toBe('urges-halt')
  expect(resolveConflict(conflict, 'keep-both', ['moscow-urges'])[0]?.id).toBe('moscow-urges-2')
})
