import { Dexie, type Table, type Transaction } from 'dexie'
import * as z from 'zod/mini'
import {
  sourceVersionSchema,
  workspaceStatementSchema,
  type SourceVersion,
  type WorkspaceActor,
  type WorkspaceEvent,
  type WorkspaceStatement,
} from './records'
import { workspaceDatabaseName } from './names'
import { pageSize, type StatementPage, type StatementPageIds } from './statement-pages'

/** The first release kept one text per source: no versions, no language. */
export const sourceV1Schema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  published: z.nullable(z.iso.date()),
  url: z.nullable(z.string()),
  text: z.string(),
  eventId: z.nullable(z.string()),
  addedAt: z.iso.datetime(),
})
export type SourceV1 = z.infer<typeof sourceV1Schema>
export type StatementV1 = Omit<WorkspaceStatement, 'sourceVersion'>

const storesV1 = {
  events: 'id',
  sources: 'id',
  actors: 'id',
  statements: 'id, sourceId, actorId',
}

/** The first release's database, kept so the path from it is exercised and tested. */
export class WorkspaceDatabaseV1 extends Dexie {
  events!: Table<WorkspaceEvent, string>
  sources!: Table<SourceV1, string>
  actors!: Table<WorkspaceActor, string>
  statements!: Table<StatementV1, string>

  constructor(name = workspaceDatabaseName) {
    super(name)
    this.version(1).stores(storesV1)
  }
}

/** Thrown inside the upgrade so IndexedDB aborts it and keeps the version 1 data untouched. */
export class MigrationError extends Error {
  override name = 'MigrationError'
}

/**
 * Version 2: sources keep every version of their text, keyed by id and version, and each
 * statement names the version it points into. Version 1 sources become their version 1.
 */
export async function migrateToVersion2(transaction: Transaction): Promise<void> {
  const oldSources: unknown[] = await transaction.table('sources').toArray()
  const versions: SourceVersion[] = oldSources.map((row) => {
    const old = sourceV1Schema.safeParse(row)
    const migrated = old.success
      ? sourceVersionSchema.safeParse({ ...old.data, version: 1, language: 'und' })
      : old
    if (!migrated.success) throw new MigrationError(`a source could not be read (${describe(row)})`)
    return migrated.data
  })
  await transaction.table('sourceVersions').bulkPut(versions)
  const statements = transaction.table('statements')
  const oldStatements: unknown[] = await statements.toArray()
  const migrated = oldStatements.map((row) => {
    const parsed = workspaceStatementSchema.safeParse(
      typeof row === 'object' && row !== null ? { ...row, sourceVersion: 1 } : row,
    )
    if (!parsed.success)
      throw new MigrationError(`a statement could not be read (${describe(row)})`)
    return parsed.data
  })
  await statements.bulkPut(migrated)
}

function describe(row: unknown): string {
  const id = typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : 'no id'
  return `id ${id}`
}

/**
 * Version 3: statements move into pages (`statement-pages.ts`), in the order version 2 read them
 * (by id); the version 2 table is left empty.
 */
export async function migrateToVersion3(transaction: Transaction): Promise<void> {
  const statements = transaction.table<WorkspaceStatement, string>('statements')
  const held = await statements.toArray()
  const pages = transaction.table<StatementPage, number>('statementPages')
  const ids = transaction.table<StatementPageIds, number>('statementPageIds')
  for (let at = 0, page = 1; at < held.length; at += pageSize, page += 1) {
    const part = held.slice(at, at + pageSize)
    await pages.put({ page, statements: part })
    await ids.put({ page, ids: part.map((statement) => statement.id) })
  }
  await statements.clear()
}

export class WorkspaceDatabase extends Dexie {
  events!: Table<WorkspaceEvent, string>
  sourceVersions!: Table<SourceVersion, [string, number]>
  actors!: Table<WorkspaceActor, string>
  /** Version 2's statements, one a record: empty from version 3 on. */
  statements!: Table<WorkspaceStatement, string>
  statementPages!: Table<StatementPage, number>
  statementPageIds!: Table<StatementPageIds, number>

  constructor(name = workspaceDatabaseName) {
    super(name)
    this.version(1).stores(storesV1)
    this.version(2)
      .stores({
        sources: null,
        sourceVersions: '[id+version], id',
        statements: 'id, [sourceId+sourceVersion], actorId',
      })
      .upgrade(migrateToVersion2)
    this.version(3)
      .stores({ statementPages: 'page', statementPageIds: 'page' })
      .upgrade(migrateToVersion3)
  }
}
