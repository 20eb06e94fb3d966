import { applyChange, type Change } from './changes'
import { WorkspaceDatabase } from './database'
import { sourceTextProblem } from './import-limits'
import { workspaceDatabaseName } from './names'
import { readStatements, replaceStatements, writeStatements } from './statement-pages'
import { emptyWorkspace, type SourceVersion, type WorkspaceData } from './records'

/** Where the workspace is kept, and why when it is not kept on this device. */
export type StorageStatus =
  | { kind: 'indexeddb' }
  | { kind: 'memory'; reason: 'unavailable' | 'migration-failed'; message: string }

export type WorkspaceStore = {
  status: StorageStatus
  read(): Promise<WorkspaceData>
  /** Writes the whole change or, when anything fails, none of it. */
  write(change: Change): Promise<void>
  /** Replaces everything at once (an import, or clearing the workspace). */
  replace(data: WorkspaceData): Promise<void>
  close(): void
}

/** A failure to save, with a message a person can act on. */
export class WorkspaceStorageError extends Error {
  override name = 'WorkspaceStorageError'
}

const quotaMessage =
  'This device’s storage is full, so the change was not saved and nothing of it was kept. Free some space (or export the workspace and remove old sources), then try again.'

export function storageErrorMessage(error: unknown): string {
  if (errorNames(error).includes('QuotaExceededError')) return quotaMessage
  return `The change was not saved, and nothing of it was kept: ${error instanceof Error ? error.message : String(error)}`
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error || error instanceof DOMException ? error.name : undefined
}

/** The names of an error and of the errors Dexie wrapped it in or around. */
function errorNames(error: unknown): string[] {
  const names: string[] = []
  let current = error
  for (let depth = 0; current && depth < 5; depth += 1) {
    const name = errorName(current)
    if (name) names.push(name)
    current =
      typeof current === 'object' && 'inner' in current && current.inner
        ? current.inner
        : current instanceof Error
          ? current.cause
          : undefined
  }
  return names
}

/**
 * Every way into the workspace passes here, so a source too long to keep is refused whichever
 * form or file it came from, with the limit in words, and nothing of the change is written.
 */
function refuseTooLong(sources: readonly SourceVersion[] | undefined): void {
  for (const source of sources ?? []) {
    const problem = sourceTextProblem(source.text, `“${source.title}”`)
    if (problem) throw new WorkspaceStorageError(`Nothing was saved: ${problem}`)
  }
}

export function createMemoryStore(
  status: StorageStatus,
  initial: WorkspaceData = emptyWorkspace,
): WorkspaceStore {
  let data = initial
  return {
    status,
    read: () => Promise.resolve(data),
    write: (change) =>
      Promise.resolve().then(() => {
        refuseTooLong(change.put.sources)
        data = applyChange(data, change)
      }),
    replace: (next) =>
      Promise.resolve().then(() => {
        refuseTooLong(next.sources)
        data = next
      }),
    close: () => {},
  }
}

function createDexieStore(db: WorkspaceDatabase): WorkspaceStore {
  const tables = [db.events, db.sourceVersions, db.actors, db.statementPages, db.statementPageIds]
  const guarded = async (sources: SourceVersion[] | undefined, work: () => Promise<void>) => {
    refuseTooLong(sources)
    try {
      await db.transaction('rw', tables, work)
    } catch (error) {
      throw new WorkspaceStorageError(storageErrorMessage(error), { cause: error })
    }
  }
  return {
    status: { kind: 'indexeddb' },
    read: () =>
      db.transaction('r', tables, async () => ({
        events: await db.events.toArray(),
        sources: await db.sourceVersions.toArray(),
        actors: await db.actors.toArray(),
        statements: await readStatements(db),
      })),
    write: (change) =>
      guarded(change.put.sources, async () => {
        const { put, delete: remove } = change
        if (put.events?.length) await db.events.bulkPut(put.events)
        if (put.sources?.length) await db.sourceVersions.bulkPut(put.sources)
        if (put.actors?.length) await db.actors.bulkPut(put.actors)
        if (remove.events?.length) await db.events.bulkDelete(remove.events)
        if (remove.sources?.length)
          await db.sourceVersions.bulkDelete(remove.sources.map(({ id, version }) => [id, version]))
        if (remove.actors?.length) await db.actors.bulkDelete(remove.actors)
        if (put.statements?.length || remove.statements?.length)
          await writeStatements(db, put.statements ?? [], remove.statements ?? [])
      }),
    replace: (data) =>
      guarded(data.sources, async () => {
        await Promise.all(tables.map((table) => table.clear()))
        await db.events.bulkPut(data.events)
        await db.sourceVersions.bulkPut(data.sources)
        await db.actors.bulkPut(data.actors)
        await replaceStatements(db, data.statements)
      }),
    close: () => db.close(),
  }
}

const inThisTab = new Map<string, WorkspaceStore>()

/**
 * The tab's one in-memory workspace of that name: the workspace page and the data service each
 * open the store, and must both see the same work, or what the analyst codes in a private window
 * would never reach the dashboard.
 */
function keptInThisTab(name: string, status: StorageStatus): WorkspaceStore {
  const kept = inThisTab.get(name)
  if (kept) return kept
  const store = createMemoryStore(status)
  inThisTab.set(name, store)
  return store
}

const unavailableMessage =
  'This browser is not letting the tracker store data (a private window or blocked storage), so your work is kept only in this tab and is lost when it closes. Export the workspace to keep it.'

/**
 * Opens the workspace on this device. Where IndexedDB is unavailable, or the stored workspace
 * cannot be upgraded, work is kept in memory for this tab and the stored data is left as it was.
 */
export async function openWorkspaceStore(name = workspaceDatabaseName): Promise<WorkspaceStore> {
  if (typeof indexedDB === 'undefined') {
    return keptInThisTab(name, {
      kind: 'memory',
      reason: 'unavailable',
      message: unavailableMessage,
    })
  }
  const db = new WorkspaceDatabase(name)
  try {
    await db.open()
    return createDexieStore(db)
  } catch (error) {
    db.close()
    const names = errorNames(error)
    if (names.includes('UpgradeError') || names.includes('MigrationError')) {
      const reason = error instanceof Error ? error.message : String(error)
      return keptInThisTab(name, {
        kind: 'memory',
        reason: 'migration-failed',
        message: `Your saved workspace could not be upgraded to this version of the tracker, so it was kept exactly as it was and is not shown. Work done now is kept only in this tab; export it before closing. (${reason})`,
      })
    }
    return keptInThisTab(name, {
      kind: 'memory',
      reason: 'unavailable',
      message: unavailableMessage,
    })
  }
}
