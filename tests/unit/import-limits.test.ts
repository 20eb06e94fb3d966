import 'fake-indexeddb/auto'
import { expect, test, vi } from 'vitest'
import { putChange } from '../../src/lib/workspace/changes'
import { createDataPackage } from '../../src/lib/workspace/data-package'
import { importLimits, nestsDeeperThan } from '../../src/lib/workspace/import-limits'
import { createImportService } from '../../src/lib/workspace/import-service'
import { emptyWorkspace, type WorkspaceData } from '../../src/lib/workspace/records'
import { openWorkspaceStore } from '../../src/lib/workspace/store'
import { sourceVersion, statementAt } from './workspace-fixtures'

// The workspaces here hold the fictional source of the fixtures.
const service = createImportService()
const context = { data: emptyWorkspace, datasetActorIds: ['karabakh-armenians'] }
const workspace: WorkspaceData = {
  ...emptyWorkspace,
  sources: [sourceVersion()],
  statements: [statementAt('Moscow urged both sides')],
}
/** A file of the given size whose text must never be read. */
const unread = (name: string, size: number) => ({
  name,
  size,
  text: vi.fn(() => Promise.reject(new Error('the file was read'))),
})
/** A package as an export writes it, its checksum made for `data` as given. */
const packageOf = async (data: WorkspaceData) =>
  JSON.stringify({ ...(await createDataPackage(data, new Date())), data })
const fileOf = (text: string, name = 'workspace.json') => new File([text], name)

test('a file over its size is refused by its size, before a byte of it is read', async () => {
  const csv = unread('huge.csv', importLimits.csvBytes + 1)
  expect(await service.readCsvFile(csv, context)).toEqual({
    ok: false,
    problems: [
      '“huge.csv” is 50.0 MB, and a file of statements may be at most 50 MB, so it was not read and nothing was imported. Split the file into smaller parts.',
    ],
  })
  const pack = unread('huge.json', 150 * 1024 * 1024)
  expect(await service.readPackageFile(pack, context)).toMatchObject({
    ok: false,
    problems: [
      expect.stringMatching(/^“huge.json” is 150 MB, and a workspace file may be at most 100 MB/),
    ],
  })
  expect(csv.text).not.toHaveBeenCalled()
  expect(pack.text).not.toHaveBeenCalled()
})

test('a package nested deeper than any export is refused before it is parsed', async () => {
  const deep = `${'{"x":'.repeat(5000)}1${'}'.repeat(5000)}`
  const text = (await packageOf(workspace)).replace('"data":', `"extra":${deep},"data":`)
  const parse = vi.spyOn(JSON, 'parse')
  expect(await service.readPackageFile(fileOf(text), context)).toEqual({
    ok: false,
    problems: [
      'The file nests its data more than 12 levels deep, which no exported workspace does, so it was not read.',
    ],
  })
  expect(parse).not.toHaveBeenCalled()
  // An export nests six deep at most (an event's milestones); brackets in words do not count.
  const milestones = [{ label: 'Talks resume [{', date: '2026-01-06' }]
  const exported = await packageOf({
    ...workspace,
    events: [{ id: 'talks', title: 'Fictional talks', start: null, end: null, milestones }],
    statements: [statementAt('Moscow urged both sides', { rationale: '[[[[[[[[{{{{{{{{' })],
  })
  expect(nestsDeeperThan(exported, 6)).toBe(false)
  expect(nestsDeeperThan(exported, 5)).toBe(true)
})

test('a package whose source is too long to keep is refused, naming the source', async () => {
  const long = sourceVersion({ text: 'a'.repeat(importLimits.sourceCharacters + 1) })
  const result = await service.readPackageFile(
    fileOf(await packageOf({ ...emptyWorkspace, sources: [long] })),
    context,
  )
  expect(result).toEqual({
    ok: false,
    problems: [
      'The text of “Freedonia Gazette, a fictional paper” (version 1) is 2,000,001 characters long, and a source may hold at most 2,000,000. Split it into parts.',
    ],
  })
})

test('a package whose statements point at a source or an actor there is not is refused, each named', async () => {
  const broken: WorkspaceData = {
    ...workspace,
    statements: [
      statementAt('Moscow urged both sides', { id: 'lost-source', sourceVersion: 2 }),
      statementAt('Moscow urged both sides', { id: 'lost-actor', actorId: 'narnia' }),
      // The dataset's own actors, the gazetteer lacks some, are known.
      statementAt('Moscow urged both sides', {
        id: 'dataset-actor',
        actorId: 'karabakh-armenians',
      }),
    ],
  }
  expect(await service.readPackageFile(fileOf(await packageOf(broken)), context)).toEqual({
    ok: false,
    problems: [
      'The statement “lost-source” points at version 2 of the source “freedonia-gazette”, which the file does not hold.',
      'The statement “lost-actor” is by “narnia”, an actor neither the file, the dataset nor the gazetteer knows.',
    ],
  })
})

test('the store refuses a source too long to keep, whichever way it comes, and saves nothing of it', async () => {
  const store = await openWorkspaceStore(`limits-${Math.random()}`)
  const long = sourceVersion({ id: 'long', text: 'a'.repeat(importLimits.sourceCharacters + 1) })
  await expect(
    store.write(putChange({ sources: [long], statements: [statementAt('Moscow urged')] })),
  ).rejects.toThrow(
    /^Nothing was saved: The text of “Freedonia Gazette, a fictional paper” is 2,000,001 characters long/,
  )
  await expect(store.replace({ ...emptyWorkspace, sources: [long] })).rejects.toThrow(
    /a source may hold at most 2,000,000/,
  )
  expect(await store.read()).toEqual(emptyWorkspace)
  store.close()
})
