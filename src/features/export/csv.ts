import Papa from 'papaparse'
import type { ExportRow } from './rows'

// What OWASP's "CSV Injection" page lists as the start of a formula: = + - @, tab, carriage return
// and line feed, the full-width ＝ ＋ － ＠ some spreadsheets also accept, and (OWASP ASVS 1.2.10)
// NUL. A spreadsheet also skips leading whitespace and invisible characters before reading a
// formula, so a sign after those counts too: spaces (any Unicode space, the no-break space among
// them), tabs, line breaks, zero-width characters and the byte-order mark. papaparse's own list
// (= + - @ tab and carriage return, with nothing before them) misses the rest.
const formula = /^(?:[\t\r\n\0]|[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u

/**
 * How every CSV the tracker hands out is written: papaparse puts `'` before a cell that would
 * start a formula, and quotes it (numbers are never touched); a cell with a line break, a comma,
 * a quotation mark or whitespace at either end is quoted, since a spreadsheet trims it otherwise;
 * lines end in CRLF, as RFC 4180 has them.
 */
export const csvOptions = {
  escapeFormulae: formula,
  newline: '\r\n',
  quotes: (value: unknown) => typeof value === 'string' && value !== value.trim(),
} satisfies Papa.UnparseConfig

/** One CSV cell as the files write it: neutralised against formula injection, quoted where needed. */
export function csvCell(value: string | number): string {
  return Papa.unparse([[value]], csvOptions)
}

/** A CSV file's lines, the header first, each ending in CRLF. */
export function csvLines(
  fields: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return `${Papa.unparse([fields, ...rows], csvOptions)}\r\n`
}

type Column = { name: string; value: (row: ExportRow) => string | number }

const column = (name: keyof ExportRow): Column => ({
  name,
  value: (row) => {
    const value = row[name]
    return typeof value === 'string' || typeof value === 'number' ? value : ''
  },
})

/**
 * The CSV: one line per statement. Lists a spreadsheet cell cannot hold are spread out: each quote
 * in its own column (quote_1, quote_2, … as many as the longest statement needs), positions and
 * addressees as "; "-separated labels; the statement's event, its stance in words and its CAMEO
 * code follow; every line carries the view's filters in `filters`, and synthetic data says so in
 * a first `dataset` column, so no line of it passes for the article's.
 */
export function toCsv(
  rows: readonly ExportRow[],
  filters: string,
  /** The dataset named on every line, first, where it is not the article's ("synthetic"). */
  dataset: string | null = null,
): string {
  const quoteCount = Math.max(1, ...rows.map((row) => row.quotes.length))
  const columns: Column[] = [
    ...(dataset ? [{ name: 'dataset', value: () => dataset }] : []),
    ...(
      [
        'statement_id',
        'actor',
        'actor_id',
        'actor_kind',
        'actor_stance',
        'speaker',
        'office',
        'date_earliest',
        'date_latest',
        'date_as_written',
        'channel',
        'stance',
      ] as const
    ).map(column),
    {
      name: 'positions',
      value: (row) => row.positions.map((position) => position.label).join('; '),
    },
    { name: 'addressees', value: (row) => row.addressees.join('; ') },
    column('text_kind'),
    ...Array.from({ length: quoteCount }, (_, index) => ({
      name: `quote_${index + 1}`,
      value: (row: ExportRow) => row.quotes[index] ?? '',
    })),
    ...(['passage', 'source', 'span_start', 'span_end', 'rationale', 'coded_by'] as const).map(
      column,
    ),
    // After the columns the file had before, so a sheet that reads them by position still can.
    ...(
      [
        'event_id',
        'event_title',
        'event_initiator',
        'stance_label_generic',
        'stance_label_event',
        'cameo_code',
        'cameo_name',
      ] as const
    ).map(column),
    { name: 'filters', value: () => filters },
  ]
  const lines = csvLines(
    columns.map((item) => item.name),
    rows.map((row) => columns.map((item) => item.value(row))),
  )
  // A byte-order mark makes Excel read the file as UTF-8 (Türkiye, Erdoğan, quotation marks).
  return `\uFEFF${lines}`
}
