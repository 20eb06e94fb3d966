import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { DuckDBInstance } from '@duckdb/node-api'
import type { SyntheticOptions } from '../data/synthetic/generate'
import { syntheticLabel } from '../data/synthetic/templates'
import { sideDataKey } from '../mocks/handlers/parquet-dataset'
import { corpusRows } from './corpus-rows'

/** The columns as DuckDB reads them from the rows; `synthetic` is added to every row. */
const columns = {
  seq: 'INTEGER',
  event_pos: 'INTEGER',
  id: 'VARCHAR',
  source_id: 'VARCHAR',
  actor_id: 'VARCHAR',
  actor_order: 'INTEGER',
  statement_stance: 'VARCHAR',
  channel: 'VARCHAR',
  voice: 'VARCHAR',
  events: 'VARCHAR[]',
  dimensions: 'VARCHAR[]',
  earliest: 'DATE',
  latest: 'DATE',
  passage_start: 'INTEGER',
  folded: 'VARCHAR',
  statement: 'VARCHAR',
}

/** The API's order (`compareStatements`, then the page's index order); the file is written in it. */
export const apiOrder = 'earliest, passage_start, actor_order, event_pos, seq'

// A SQL string literal of text this script made (never a request's): quotes doubled.
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`

export type CorpusOptions = SyntheticOptions & {
  out: string
  /** Rows per Parquet row group; DuckDB's default unless given (the tests use small ones). */
  rowGroupSize?: number
  log?: (line: string) => void
}

/**
 * Writes the synthetic corpus to `out` as Parquet, in the API's order, at any size: rows are
 * drawn one at a time and written as NDJSON to a scratch file (an 8 MB buffer at a time), which
 * DuckDB then sorts and writes as Parquet, spilling to disk past its memory limit. The file says
 * it is synthetic in its key-value metadata, and every row in its `synthetic` column.
 */
export async function writeCorpus(options: CorpusOptions) {
  const { out, rowGroupSize, log = () => undefined, ...synthetic } = options
  const scratch = await mkdtemp(join(tmpdir(), 'corpus-'))
  const lines = join(scratch, 'statements.ndjson')
  try {
    const started = performance.now()
    const corpus = corpusRows(synthetic)
    const file = createWriteStream(lines)
    let buffered = ''
    let count = 0
    let nextReport = 1_000_000
    for (const row of corpus.rows()) {
      buffered += `${JSON.stringify(row)}\n`
      count += 1
      if (buffered.length < 8 * 2 ** 20) continue
      if (!file.write(buffered)) await once(file, 'drain')
      buffered = ''
      if (count < nextReport) continue
      log(`${count.toLocaleString('en')} statements drawn…`)
      nextReport += 1_000_000
    }
    file.end(buffered)
    await once(file, 'finish')
    const drawnMs = performance.now() - started
    const side = corpus.sideData()
    log(`Drawn in ${(drawnMs / 1000).toFixed(1)} s; sorting and writing Parquet…`)

    // The sort spills to the scratch folder past 2 GB rather than taking most of the machine.
    const instance = await DuckDBInstance.create(':memory:', {
      temp_directory: scratch,
      memory_limit: '2GB',
    })
    const connection = await instance.connect()
    try {
      const columnList = Object.entries(columns)
        .map(([name, type]) => `${name}: ${literal(type)}`)
        .join(', ')
      const metadata = [
        `notice: ${literal(syntheticLabel)}`,
        `dataset: 'synthetic'`,
        `${sideDataKey}: ${literal(JSON.stringify(side))}`,
      ].join(', ')
      await connection.run(
        `COPY (
          SELECT *, true AS synthetic
          FROM read_ndjson(${literal(lines)}, columns = {${columnList}}, format = 'newline_delimited')
          ORDER BY ${apiOrder}
        ) TO ${literal(out)} (FORMAT parquet, COMPRESSION zstd${
          rowGroupSize ? `, ROW_GROUP_SIZE ${Math.floor(rowGroupSize)}` : ''
        }, KV_METADATA {${metadata}})`,
      )
    } finally {
      connection.closeSync()
      instance.closeSync()
    }
    return { statements: count, drawnMs, totalMs: performance.now() - started }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
