import { statementSchema, type Statement } from '../../src/lib/schemas/statement'
import { problemResponse } from '../problem'
import type { ServedVersion } from './dataset'
import type { StatementQuery, StatementStore } from './statement-store'

/** Files for data tools are made in memory by the page's code: from a corpus file, this many at most. */
export const mostHeld = 50_000

/**
 * The version as the files' code reads it, with the statements a query matches held in memory:
 * a corpus in DuckDB hands over its matches, each checked as a statement and kept as written
 * (keys in order, `synthetic: true`), as the in-memory corpus holds them. More than `most` is
 * a problem answer that says how many matched and where all of them can be read instead.
 */
export async function heldVersion(
  version: ServedVersion,
  store: StatementStore,
  query: StatementQuery,
  most = mostHeld,
): Promise<ServedVersion | Response> {
  const found = store.records ? await store.records(query, most) : undefined
  const records = found?.records
  if (!records) {
    const count = found ? `${found.total.toLocaleString('en')} statements` : 'Its statements'
    return problemResponse(
      400,
      `${count} match these filters; a file for data tools is made in memory and holds at most ${most.toLocaleString('en')}. Narrow the filters, or read every match from /api/statements.ndjson.`,
    )
  }
  const statements = records.map((record): Statement => {
    statementSchema.parse(record)
    return record as Statement
  })
  return { ...version, statements, store: undefined }
}
