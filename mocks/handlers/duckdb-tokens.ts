import { mkdtemp, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { isWordCode, type SearchTerm } from '../../src/lib/engine/search'
import { compactPattern, wordClass, type Clause } from './duckdb-where'

const textOf = (value: unknown) => (typeof value === 'string' ? value : '')
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`

/** The words of the corpus's folded texts, a word's code being its place here. */
export type Words = { list: readonly string[]; code: ReadonlyMap<string, number> }

// A term that could be read across more runs of words than this is looked for in the texts.
const chainsKept = 64

/**
 * The token index of a corpus, as a Parquet file beside it (`<corpus>.tokens.parquet`): one row
 * per word of every statement's folded text, `(word, row, pos)`, sorted by word, so a word's
 * statements are a few row groups read by their min/max, not a scan of every text. A word is a
 * run of the characters compacting keeps, as the page's token index reads words. Made once, on
 * the first start over a corpus (it is about a minute a million statements), then reused while
 * the corpus file's size and time are the ones it was made from.
 */
export async function openTokens(
  connection: DuckDBConnection,
  corpusFile: string,
  log: (line: string) => void = () => undefined,
): Promise<Words> {
  const file = `${corpusFile.replace(/\.parquet$/, '')}.tokens.parquet`
  const { size, mtimeMs } = await stat(corpusFile)
  const made = `${size}:${Math.round(mtimeMs)}`
  const metadata = async () => {
    try {
      const rows = await connection.runAndReadAll(
        `SELECT decode(key), decode(value) FROM parquet_kv_metadata(${literal(file)})`,
      )
      return new Map(rows.getRowsJS().map(([key, value]) => [textOf(key), textOf(value)]))
    } catch {
      return new Map<string, string>()
    }
  }
  let kept = await metadata()
  if (kept.get('corpus') !== made) {
    log(`Indexing the words of ${corpusFile} into ${file}…`)
    await writeTokens(connection, file, made)
    kept = await metadata()
  }
  const list = JSON.parse(kept.get('words') ?? '[]') as unknown
  const words = Array.isArray(list) ? list.map(textOf) : []
  await connection.run(`CREATE VIEW tokens AS SELECT * FROM read_parquet(${literal(file)})`)
  return { list: words, code: new Map(words.map((word, at) => [word, at])) }
}

/**
 * Writes the index: the words first, then every word's places sorted by word. The sort spills to
 * a scratch folder past 2 GB (unbounded, ten million statements took 10 GB), and the file is
 * written under another name and renamed, so a start stopped half way leaves no index to trust.
 */
async function writeTokens(connection: DuckDBConnection, file: string, made: string) {
  const scratch = await mkdtemp(join(tmpdir(), 'tokens-'))
  await connection.run(`SET temp_directory = ${literal(scratch)}`)
  await connection.run(`SET memory_limit = '2GB'`)
  try {
    await writeSorted(connection, `${file}.part`, made)
    await rename(`${file}.part`, file)
  } finally {
    await connection.run('RESET memory_limit')
    await connection.run('RESET temp_directory')
    await rm(scratch, { recursive: true, force: true })
  }
}

async function writeSorted(connection: DuckDBConnection, file: string, made: string) {
  const split = `regexp_split_to_array(folded, '[^${wordClass}]+')`
  await connection.run(
    `CREATE TEMP TABLE words AS SELECT word, (row_number() OVER (ORDER BY word) - 1)::INTEGER AS code
     FROM (SELECT DISTINCT unnest(${split}) AS word FROM corpus) WHERE word <> ''`,
  )
  const words = (await connection.runAndReadAll('SELECT word FROM words ORDER BY code')).getRowsJS()
  await connection.run(
    `COPY (
       SELECT w.code AS word, t.row, t.pos FROM (
         SELECT row, unnest(parts) AS word, generate_subscripts(parts, 1)::INTEGER AS pos
         FROM (SELECT file_row_number::INTEGER AS row, ${split} AS parts FROM corpus)
       ) t JOIN words w USING (word)
       ORDER BY w.code, t.row, t.pos
     ) TO ${literal(file)} (FORMAT parquet, COMPRESSION zstd, KV_METADATA {
       corpus: ${literal(made)}, words: ${literal(JSON.stringify(words.map(([word]) => textOf(word))))}
     })`,
  )
  await connection.run('DROP TABLE words')
}

const codesWhere = (words: Words, keep: (word: string) => boolean) =>
  words.list.flatMap((word, code) => (keep(word) ? [code] : []))

/**
 * The runs of words a compact term can be read across from a word's start, as the page's
 * `compactStart` reads it: every word but the last is a whole piece of the term, the last begins
 * with what is left. Each run is a list of the codes each of its words may have.
 */
function chainsOf(words: Words, compact: string): number[][][] | null {
  const last = codesWhere(words, (word) => word.startsWith(compact))
  const runs: number[][][] = last.length > 0 ? [[last]] : []
  for (let length = 1; length < compact.length; length += 1) {
    const code = words.code.get(compact.slice(0, length))
    if (code === undefined) continue
    const rest = chainsOf(words, compact.slice(length))
    if (rest === null) return null
    runs.push(...rest.map((run) => [[code], ...run]))
    if (runs.length > chainsKept) return null
  }
  return runs
}

/** The runs of word characters of a text, as the token index cuts it into words. */
function piecesOf(text: string): string[] {
  const pieces: string[] = []
  let start = -1
  for (let at = 0; at <= text.length; at += 1) {
    const inWord = at < text.length && isWordCode(text.charCodeAt(at))
    if (inWord && start < 0) start = at
    if (!inWord && start >= 0) {
      pieces.push(text.slice(start, at))
      start = -1
    }
  }
  return pieces
}

const none = 'SELECT NULL::INTEGER AS row WHERE false'

/** The rows holding, at consecutive places, a word of each list in turn. */
function runRows(run: number[][]): string {
  if (run.some((codes) => codes.length === 0)) return none
  const joins = run
    .slice(1)
    .map(
      (_, at) =>
        `JOIN tokens t${at + 1} ON t${at + 1}.row = t0.row AND t${at + 1}.pos = t0.pos + ${at + 1}`,
    )
  const filters = run.map((codes, at) => `t${at}.word IN (${codes.join(', ')})`)
  return `SELECT t0.row FROM tokens t0 ${joins.join(' ')} WHERE ${filters.join(' AND ')}`
}

/**
 * The rows a search term matches, exactly as the page's `termFound` reads each folded text: from
 * the token index where the words settle it, and by reading the texts only where they cannot (a
 * term of punctuation alone, or typed with punctuation inside it, as "cease-fire").
 */
function termRows(words: Words, term: SearchTerm): Clause {
  const scan = (sql: string, params: string[]): Clause => ({
    sql: `SELECT file_row_number::INTEGER AS row FROM corpus WHERE ${sql}`,
    params,
  })
  if (term.compact === '') return scan('contains(folded, ?)', [term.folded])
  const runs = chainsOf(words, term.compact)
  const pattern = compactPattern(term.compact)
  if (runs === null)
    return term.phrase
      ? scan('regexp_matches(folded, ?)', [pattern])
      : scan('(contains(folded, ?) OR regexp_matches(folded, ?))', [term.folded, pattern])
  // A word of word characters alone is found inside any word that holds it, which takes in the
  // words it begins: those are not read twice.
  const inside = !term.phrase && term.folded === term.compact
  const parts = runs.filter((run) => !inside || run.length > 1).map(runRows)
  const params: string[] = []
  if (!term.phrase) {
    // A word is also found as typed anywhere: inside one word when it is all word characters,
    // else read in the texts that hold each of its pieces.
    if (inside) parts.push(runRows([codesWhere(words, (word) => word.includes(term.compact))]))
    else {
      const holding = piecesOf(term.folded).map((piece) =>
        runRows([codesWhere(words, (word) => word.includes(piece))]),
      )
      parts.push(
        `SELECT file_row_number::INTEGER AS row FROM corpus WHERE file_row_number IN (${holding.join(' INTERSECT ')}) AND contains(folded, ?)`,
      )
      params.push(term.folded)
    }
  }
  return { sql: parts.length > 0 ? parts.join(' UNION ') : none, params }
}

/** The rows every term matches, as one query of `row`s, each row once. */
export function searchRows(words: Words, terms: readonly SearchTerm[]): Clause | null {
  if (terms.length === 0) return null
  const each = terms.map((term) => termRows(words, term))
  const [only] = each
  // A word's places are rows of the index, several to a statement: INTERSECT keeps one.
  if (only && each.length === 1)
    return { sql: `SELECT DISTINCT row FROM (${only.sql})`, params: only.params }
  return {
    sql: each.map((clause) => `(${clause.sql})`).join(' INTERSECT '),
    params: each.flatMap((clause) => clause.params),
  }
}

/**
 * The coded rows to read: all of them, or a search's joined to them (measured at a million, a
 * join took about half the time of `row IN (…)`, which probes every coded row).
 */
export const codedRows = (search: Clause | null): Clause =>
  search
    ? { sql: `(${search.sql}) found JOIN coded USING (row)`, params: search.params }
    : { sql: 'coded', params: [] }
