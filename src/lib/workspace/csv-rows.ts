import Papa from 'papaparse'

/** What could not be placed, by row (as numbered in a spreadsheet, header being row 1) and field. */
export type RowProblem = { row: number; field: string; message: string }

/** One row of the file with its cells, by its number as a spreadsheet numbers it. */
export type CsvRow = { row: number; cells: string[] }

export type CsvRecords = {
  header: string[]
  rows: CsvRow[]
  /** Rows the parser could not read as rows: each is reported, none is imported. */
  problems: RowProblem[]
}

const quote = 34
const lineFeed = 10
const carriageReturn = 13

/**
 * Where, outside quoted cells, a line ends otherwise than the parser ends its rows: a lone
 * carriage return in a file of line feeds (or of CR LF), or a lone line feed in a file of CR LF.
 * The parser reads on past such a line end, into the next row, so both are to be refused. Also
 * the rows of a line-feed file that end CR LF (files pasted together): the CR is part of the line
 * end, not of the last cell. Rows are counted by the file's line ends, as the parser counts them.
 */
function lineEnds(text: string, linebreak: string) {
  const mixed = new Set<number>()
  const crlf = new Set<number>()
  // Most files end every line alike: two quick searches say so, and the scan is not needed.
  const other = linebreak === '\n' ? /\r/ : /\r(?!\n)|(?<!\r)\n/
  if (linebreak === '\r' || !other.test(text)) return { mixed, crlf }
  let record = 0
  let quoted = false
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at)
    if (code === quote) quoted = !quoted
    else if (quoted || (code !== carriageReturn && code !== lineFeed)) continue
    else if (code === carriageReturn && text.charCodeAt(at + 1) === lineFeed) {
      if (linebreak === '\n') crlf.add(record)
      record += 1
      at += 1
    } else if (code === lineFeed && linebreak === '\n') record += 1
    else mixed.add(record)
  }
  return { mixed, crlf }
}

const mixedMessage =
  'A line here ends otherwise than the file’s other lines (with a lone carriage return, as some older programs write, or a lone line feed), so the row after it was read into this one and neither was imported. Save the file with one kind of line end and import it again.'

const blank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '')

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length

/**
 * The records of a CSV file and every row that could not be read as one. Rows are numbered as a
 * spreadsheet numbers them (a cell holding line breaks is still one row); blank rows, as
 * spreadsheets leave them, count but are not rows of data. A row is refused, with its number and
 * why, where a quotation mark is left open or misplaced (the parser then reads the rest of the
 * file into it), where a line ends with a lone carriage return (the parser reads the next row
 * into it), and where it has more cells than the header names (a cell would be lost).
 */
export function readCsvRecords(text: string): CsvRecords {
  const body = text.replace(/^\uFEFF/, '')
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false })
  const problems: RowProblem[] = []
  const refused = new Set<number>()
  const refuse = (index: number, field: string, message: string) => {
    refused.add(index)
    problems.push({ row: index + 1, field, message })
  }
  for (const error of parsed.errors) {
    // A misplaced mark is often reported twice (misplaced, then never closed): once is enough.
    if (error.type !== 'Quotes' || error.row === undefined || refused.has(error.row)) continue
    const swallowed = lineCount(parsed.data[error.row]?.join(',') ?? '') - 1
    const rest =
      swallowed > 0
        ? ` The ${swallowed} lines after it were read into it and were not imported.`
        : ''
    refuse(
      error.row,
      'row',
      error.code === 'MissingQuotes'
        ? `A quotation mark opens a cell here and is never closed.${rest} Close it, and import the file again.`
        : `A quotation mark inside a quoted cell must be doubled ("").${rest} Fix it, and import the file again.`,
    )
  }
  const { mixed, crlf } = lineEnds(body, parsed.meta.linebreak)
  // The header's own line: the first row of data was read into it.
  if (mixed.has(0)) refuse(0, 'row', mixedMessage)
  const [header = [], ...records] = parsed.data
  const rows: CsvRow[] = []
  records.forEach((read, at) => {
    const index = at + 1
    if (refused.has(index) || blank(read)) return
    if (mixed.has(index)) {
      return refuse(index, 'row', mixedMessage)
    }
    const cells = crlf.has(index) ? [...read.slice(0, -1), (read.at(-1) ?? '').slice(0, -1)] : read
    if (cells.length > header.length) {
      return refuse(
        index,
        'row',
        `This row has ${cells.length} cells where the header names ${header.length} columns, so cells would be lost; it was not imported. Quote a cell that holds a comma ("like, this") and import the file again.`,
      )
    }
    rows.push({ row: index + 1, cells })
  })
  return { header: header.map((name) => name.trim()), rows, problems }
}
