import type { Table } from 'dexie'
import type { WorkspaceStatement } from './records'

/**
 * Statements are kept in pages of up to `pageSize`, one IndexedDB record each, in the order they
 * were added: Chromium writes a record in about the time it takes to write a few hundred
 * statements, so an import of 100,000 writes 50 records rather than 100,000 (and their index
 * entries). Each page's ids are kept beside it, so that a change finds the pages it touches
 * without reading every statement. New statements go after the last; they are read in order of
 * their ids.
 */
export const pageSize = 2000

export type StatementPage = { page: number; statements: WorkspaceStatement[] }
export type StatementPageIds = { page: number; ids: string[] }
export type PageTables = {
  statementPages: Table<StatementPage, number>
  statementPageIds: Table<StatementPageIds, number>
}

const byId = (a: WorkspaceStatement, b: WorkspaceStatement) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/**
 * Every statement, page by page (each page its own short task on the page's thread), in the
 * order of their ids, as they were read when each statement was a record keyed by its id: a
 * statement deleted and brought back returns to its place.
 */
export async function readStatements(tables: PageTables): Promise<WorkspaceStatement[]> {
  const statements: WorkspaceStatement[] = []
  await tables.statementPages.each((page) => {
    for (const statement of page.statements) statements.push(statement)
  })
  return statements.sort(byId)
}

async function putPage(tables: PageTables, page: number, statements: WorkspaceStatement[]) {
  if (statements.length === 0) {
    await tables.statementPages.delete(page)
    await tables.statementPageIds.delete(page)
    return
  }
  await tables.statementPages.put({ page, statements })
  await tables.statementPageIds.put({ page, ids: statements.map((statement) => statement.id) })
}

/** New statements in pages after `after`, a page at a time so the page's thread can draw. */
async function appendPages(tables: PageTables, after: number, statements: WorkspaceStatement[]) {
  for (let at = 0, page = after + 1; at < statements.length; at += pageSize, page += 1)
    await putPage(tables, page, statements.slice(at, at + pageSize))
}

/** Replaces every statement with `statements`, in their order. */
export async function replaceStatements(tables: PageTables, statements: WorkspaceStatement[]) {
  await tables.statementPages.clear()
  await tables.statementPageIds.clear()
  await appendPages(tables, 0, statements)
}

/**
 * Puts `put` and deletes the ids in `remove`, as `applyChange` does in memory: a statement already
 * held is replaced where it is, a new one goes after the last, and only the pages a change
 * touches are read and written again.
 */
export async function writeStatements(
  tables: PageTables,
  put: readonly WorkspaceStatement[],
  remove: readonly string[],
) {
  const pageOf = new Map<string, number>()
  let last = 0
  await tables.statementPageIds.each(({ page, ids }) => {
    for (const id of ids) pageOf.set(id, page)
    last = Math.max(last, page)
  })
  const replaced = new Map<number, Map<string, WorkspaceStatement>>()
  const added = new Map<string, WorkspaceStatement>()
  for (const statement of put) {
    const page = pageOf.get(statement.id)
    if (page === undefined) added.set(statement.id, statement)
    else
      replaced.set(
        page,
        (replaced.get(page) ?? new Map<string, WorkspaceStatement>()).set(statement.id, statement),
      )
  }
  const gone = new Set<string>()
  const touched = new Set(replaced.keys())
  for (const id of remove) {
    const page = pageOf.get(id)
    if (page !== undefined) touched.add(page)
    added.delete(id)
    gone.add(id)
  }
  for (const page of touched) {
    const held = (await tables.statementPages.get(page))?.statements ?? []
    const now = replaced.get(page)
    await putPage(
      tables,
      page,
      held
        .filter((statement) => !gone.has(statement.id))
        .map((statement) => now?.get(statement.id) ?? statement),
    )
  }
  // The last page is filled up first, so that statements coded one at a time share pages.
  const fresh = [...added.values()]
  const lastPage = last > 0 ? await tables.statementPages.get(last) : undefined
  const room = lastPage ? pageSize - lastPage.statements.length : 0
  if (lastPage && room > 0 && fresh.length > 0) {
    await putPage(tables, last, [...lastPage.statements, ...fresh.slice(0, room)])
    await appendPages(tables, last, fresh.slice(room))
  } else await appendPages(tables, last, fresh)
}
