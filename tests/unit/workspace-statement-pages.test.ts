import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { expect, test } from 'vitest'
import { benchData } from '../../scripts/bench-import-data'
import { applyChange, type Change } from '../../src/lib/workspace/changes'
import { WorkspaceDatabase } from '../../src/lib/workspace/database'
import { pageSize } from '../../src/lib/workspace/statement-pages'
import { openWorkspaceStore } from '../../src/lib/workspace/store'

// A synthetic workspace of numbered, made-up sentences, over more than two pages of statements.
const { workspace } = benchData(pageSize * 2 + 500, 0)
const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

let count = 0
const freshName = () => `workspace-pages-${(count += 1)}-${Math.random()}`

test('a change across pages is stored as the same change applied in memory', async () => {
  const name = freshName()
  const store = await openWorkspaceStore(name)
  await store.replace(workspace)
  const [first, , third] = workspace.statements
  const inSecondPage = workspace.statements[pageSize + 3]
  const inLastPage = workspace.statements.at(-1)
  if (!first || !third || !inSecondPage || !inLastPage) throw new Error('too few statements')
  const change: Change = {
    put: {
      statements: [
        { ...first, rationale: 'Recoded, synthetic.' },
        { ...inSecondPage, stance: 'urges-halt' },
        { ...third, id: 'added-1' },
        { ...third, id: 'added-2' },
      ],
    },
    delete: { statements: [inLastPage.id, third.id, 'added-2'] },
  }
  await store.write(change)
  const read = await store.read()
  expect(read.statements).toEqual(byId(applyChange(workspace, change).statements))
  expect(read.statements).toHaveLength(workspace.statements.length - 1)
  store.close()
  // Read afresh by another connection, as the dashboard's mock API reads it.
  const again = await openWorkspaceStore(name)
  expect((await again.read()).statements).toEqual(read.statements)
  again.close()
})

test('statements coded one at a time fill the last page rather than a page each', async () => {
  const name = freshName()
  const store = await openWorkspaceStore(name)
  const [statement] = workspace.statements
  if (!statement) throw new Error('no statement')
  for (const id of ['one', 'two', 'three'])
    await store.write({ put: { statements: [{ ...statement, id }] }, delete: {} })
  expect((await store.read()).statements.map((held) => held.id)).toEqual(['one', 'three', 'two'])
  store.close()
  const db = new WorkspaceDatabase(name)
  expect(await db.statementPages.count()).toBe(1)
  db.close()
})

test('a version 2 workspace opens with every statement, a record each no longer', async () => {
  const name = freshName()
  const v2 = new Dexie(name)
  v2.version(1).stores({ events: 'id', sources: 'id', actors: 'id', statements: 'id' })
  v2.version(2).stores({
    sources: null,
    sourceVersions: '[id+version], id',
    statements: 'id, [sourceId+sourceVersion], actorId',
  })
  await v2.table('sourceVersions').bulkPut(workspace.sources)
  await v2.table('statements').bulkPut(workspace.statements)
  v2.close()
  const store = await openWorkspaceStore(name)
  expect(store.status).toEqual({ kind: 'indexeddb' })
  const read = await store.read()
  expect(read.statements).toEqual(byId(workspace.statements))
  expect(read.sources).toHaveLength(workspace.sources.length)
  store.close()
  const db = new WorkspaceDatabase(name)
  expect(await db.statements.count()).toBe(0)
  expect(await db.statementPages.count()).toBe(3)
  db.close()
})
