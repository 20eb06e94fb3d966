import { resolve } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import * as z from 'zod/mini'
import { actorSchema } from '../../src/lib/schemas/actor'
import { eventSchema } from '../../src/lib/schemas/event'
import { sourceSchema } from '../../src/lib/schemas/source'
import { stanceSummarySchema } from '../../src/lib/schemas/stance-summary'
import { summaryStances } from '../../src/lib/codebook/stance-label'
import { syntheticLabel } from '../../data/synthetic/templates'
import { articleDataset, type ServedDataset, type ServedVersion } from './dataset'
import { codeStatements } from './duckdb-coded'
import { duckdbStore } from './duckdb-store'
import { openTokens } from './duckdb-tokens'

/** The key under which a corpus file's metadata holds everything but its statements. */
export const sideDataKey = 'synthetic_corpus'

const textOf = (value: unknown) => (typeof value === 'string' ? value : '')

const sideDataSchema = z.object({
  meta: z.object({ version: z.string(), updatedAt: z.string(), codebookVersion: z.string() }),
  events: z.array(eventSchema),
  actors: z.array(actorSchema),
  sources: z.array(sourceSchema),
  headers: z.record(z.string(), z.string()),
  stances: z.array(stanceSummarySchema),
})

/**
 * The side data as written, once the schema has checked it: the records are served as the
 * generator wrote them (their keys in its order, `synthetic: true` kept), as the in-memory
 * corpus serves them, not as the schema would rebuild them.
 */
function checked(value: unknown, file: string) {
  const result = sideDataSchema.safeParse(value)
  if (!result.success)
    throw new Error(
      `${file} is not a corpus written by \`npm run corpus\`: ${result.error.message}`,
    )
  return { ...result.data, ...(value as typeof result.data) }
}

// The operator's file name as a SQL string literal; no request ever reaches it.
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`

/**
 * A Parquet corpus written by scripts/corpus.ts, served by DuckDB (embedded; it only reads the
 * file). A file that does not say it is synthetic is refused: such a corpus is never served as
 * the article's data, and every answer from it carries `X-Dataset: synthetic`.
 */
export async function parquetDataset(
  file: string,
  log: (line: string) => void = () => undefined,
): Promise<ServedDataset> {
  const path = literal(resolve(file))
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  try {
    const metadata = new Map(
      (
        await connection.runAndReadAll(
          `SELECT decode(key), decode(value) FROM parquet_kv_metadata(${path})`,
        )
      )
        .getRowsJS()
        .map(([key, value]) => [textOf(key), textOf(value)]),
    )
    if (metadata.get('notice') !== syntheticLabel || metadata.get('dataset') !== 'synthetic')
      throw new Error(`${file} does not say it is synthetic; only synthetic corpora are served.`)
    const side = checked(JSON.parse(metadata.get(sideDataKey) ?? 'null'), file)
    // `file_row_number` is a row's place in the file, which is the API's order.
    await connection.run(
      `CREATE VIEW corpus AS SELECT * FROM read_parquet(${path}, file_row_number = true)`,
    )
    await connection.run('CREATE VIEW statements AS SELECT * FROM corpus')
    const coding = await codeStatements(connection)
    const words = await openTokens(connection, resolve(file), log)
    const speakers = (
      await connection.runAndReadAll(
        'SELECT DISTINCT voice FROM statements WHERE voice IS NOT NULL',
      )
    )
      .getRowsJS()
      .map(([voice]) => textOf(voice))
    const store = duckdbStore(instance, {
      speakers: new Set(speakers),
      actorIds: new Set(side.actors.map((actor) => actor.id)),
      stancesOf: new Map(side.stances.map((stance) => [stance.actorId, summaryStances(stance)])),
      kindOf: new Map(side.actors.map((actor) => [actor.id, actor.kind])),
      stances: side.stances,
      sources: side.sources,
      headers: side.headers,
      coding,
      words,
    })
    const latest: ServedVersion = {
      meta: {
        version: side.meta.version,
        updatedAt: side.meta.updatedAt,
        codebookVersion: side.meta.codebookVersion,
      },
      codebook: articleDataset.latest.codebook,
      actors: side.actors,
      events: side.events,
      sources: side.sources,
      statements: [],
      stances: side.stances,
      store,
    }
    return { name: 'synthetic', versions: [latest], latest, notice: syntheticLabel }
  } finally {
    connection.closeSync()
  }
}
