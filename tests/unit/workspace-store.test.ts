import 'fake-indexeddb/auto'
import { expect, test, vi } from 'vitest'
import { putChange } from '../../src/lib/workspace/changes'
import { WorkspaceDatabaseV1 } from '../../src/lib/workspace/database'
import { openWorkspaceStore } from '../../src/lib/workspace/store'
import { sourceVersion, statementAt } from './workspace-fixtures'

let count = 0
const freshName = () => `workspace-test-${(count += 1)}-${Math.random()}`

async function seedVersion1(name: string, statementOverrides: object = {}) {
  const v1 = new WorkspaceDatabaseV1(name)
  const { version: _version, language: _language, ...source } = sourceVersion()
  await v1.sources.add(source)
  const { sourceVersion: _sourceVersion, ...statement } = statementAt('Moscow urged both sides')
  await v1.statements.add({ ...statement, ...statementOverrides })
  v1.close()
}

test('a version 1 workspace opens as version 2: each source becomes its version 1', async () => {
  const name = freshName()
  await seedVersion1(name)
  const store = await openWorkspaceStore(name)
  expect(store.status).toEqual({ kind: 'indexeddb' })
  const data = await store.read()
  expect(data.sources).toEqual([{ ...sourceVersion(), language: 'und' }])
  expect(data.statements).toEqual([statementAt('Moscow urged both sides')])
  store.close()
})

test('a failed migration keeps the version 1 data as it was and says so', async () => {
  const name = freshName()
  await seedVersion1(name, { channel: 'carrier pigeon' })
  const store = await openWorkspaceStore(name)
  expect(store.status.kind).toBe('memory')
  expect(store.status).toMatchObject({ reason: 'migration-failed' })
  expect(store.status.kind === 'memory' && store.status.message).toMatch(/kept exactly as it was/)
  store.close()
  const v1 = new WorkspaceDatabaseV1(name)
  expect(await v1.sources.count()).toBe(1)
  expect((await v1.statements.toArray())[0]).toMatchObject({ channel: 'carrier pigeon' })
  v1.close()
})

test('a change is written whole, and read back', async () => {
  const store = await openWorkspaceStore(freshName())
  await store.write(
    putChange({ sources: [sourceVersion()], statements: [statementAt('Moscow urged both sides')] }),
  )
  const data = await store.read()
  expect(data.sources).toHaveLength(1)
  expect(data.statements).toHaveLength(1)
  store.close()
})

test('a full disk gets a clear message and leaves nothing half-written', async () => {
  const store = await openWorkspaceStore(freshName())
  // The first record fits, the second finds the disk full: the transaction must undo the first.
  const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')?.value as unknown
  if (typeof put !== 'function') throw new Error('IDBObjectStore has no put')
  let calls = 0
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    calls += 1
    if (calls > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    return Reflect.apply(put, this, args) as IDBRequest<IDBValidKey>
  })
  await expect(
    store.write(
      putChange({
        sources: [sourceVersion()],
        statements: [statementAt('Moscow urged both sides')],
      }),
    ),
  ).rejects.toThrow(/storage is full, so the change was not saved and nothing of it was kept/)
  vi.restoreAllMocks()
  const data = await store.read()
  expect(data.sources).toEqual([])
  expect(data.statements).toEqual([])
  store.close()
})

test('where IndexedDB is blocked, work is kept in this tab and the reason is given', async () => {
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })
  const store = await openWorkspaceStore(freshName())
  expect(store.status).toMatchObject({ kind: 'memory', reason: 'unavailable' })
  expect(store.status.kind === 'memory' && store.status.message).toMatch(/kept only in this tab/)
  await store.write(putChange({ sources: [sourceVersion()] }))
  expect((await store.read()).sources).toHaveLength(1)
})
