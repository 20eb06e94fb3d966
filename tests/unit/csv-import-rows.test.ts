import { expect, test } from 'vitest'
import { applyChange, putChange } from '../../src/lib/workspace/changes'
import { readStatementsCsv, type CsvReading } from '../../src/lib/workspace/csv-import'
import { emptyWorkspace } from '../../src/lib/workspace/records'
import { fictionalText, sourceVersion, statementAt } from './workspace-fixtures'

// Every file here is about the fictional Freedonia of the test fixtures.
const actors = new Set(['russia', 'turkiye', 'freedonia'])
const workspace = applyChange(emptyWorkspace, putChange({ sources: [sourceVersion()] }))
const header = 'id,source,actor,passage,quote,stance,channel,speaker,office,date,rationale'
const moscow = 'moscow,freedonia-gazette,russia,Moscow urged both sides,,calls-on-all-sides,'
const erdogan =
  'erdogan,freedonia-gazette,turkiye,Türkiye’s President Erdoğan welcomed the talks.,,,'

/** The spreadsheet rows of a file, each either taken (by its id) or named in a problem. */
function accounted(reading: CsvReading, ids: Record<string, number>): number[] {
  const taken = [...reading.valid, ...reading.conflicts.map((conflict) => conflict.incoming)]
  return [
    ...taken.map((statement) => ids[statement.id] ?? -1),
    ...reading.problems.map((problem) => problem.row),
  ].sort((a, b) => a - b)
}

test('a second row with an id the file already used is refused, naming the row that has it', () => {
  const csv = [header, moscow, moscow.replace('calls-on-all-sides', 'condemns'), erdogan].join('\n')
  const reading = readStatementsCsv(csv, workspace, actors)
  expect(reading.valid.map((statement) => [statement.id, statement.stance])).toEqual([
    ['moscow', 'calls-on-all-sides'],
    ['erdogan', null],
  ])
  expect(reading.problems).toEqual([
    { row: 3, field: 'id', message: 'Row 2 has the same id “moscow”: an id names one statement.' },
  ])
})

test('a lone carriage return ends a line in a file of line feeds: both rows it joins are refused by number', () => {
  const csv = `${header}\n${moscow}\r${erdogan}\nthird,freedonia-gazette,russia,Moscow urged both sides to show restraint.,,,\n`
  const reading = readStatementsCsv(csv, workspace, actors)
  expect(reading.valid.map((statement) => statement.id)).toEqual(['third'])
  expect(reading.problems).toEqual([
    {
      row: 2,
      field: 'row',
      message: expect.stringMatching(
        /^A line here ends otherwise than the file’s other lines \(with a lone carriage return.*the row after it was read into this one and neither was imported/,
      ) as string,
    },
  ])
  // The same in a file of CR LF, and a lone line feed there.
  const crlf = readStatementsCsv(`${header}\r\n${moscow}\n${erdogan}\r\n`, workspace, actors)
  expect(crlf.valid).toEqual([])
  expect(crlf.problems.map((problem) => problem.row)).toEqual([2])
})

test('a file that mixes CR LF into line feeds (files pasted together) reads every row, its words intact', () => {
  const csv = `${header}\n${moscow},,,,Checked\r\n${erdogan},,,,Also checked\n`
  const reading = readStatementsCsv(csv, workspace, actors)
  expect(reading.problems).toEqual([])
  expect(reading.valid.map((statement) => statement.rationale)).toEqual(['Checked', 'Also checked'])
})

test('a quotation mark left open is refused at its row, saying the rows after it were read into it', () => {
  const csv = [header, moscow, 'open,freedonia-gazette,russia,"Moscow urged', erdogan, moscow].join(
    '\n',
  )
  const reading = readStatementsCsv(csv, workspace, actors)
  expect(reading.valid.map((statement) => statement.id)).toEqual(['moscow'])
  expect(reading.problems).toEqual([
    {
      row: 3,
      field: 'row',
      message:
        'A quotation mark opens a cell here and is never closed. The 2 lines after it were read into it and were not imported. Close it, and import the file again.',
    },
  ])
})

test('a row with more cells than the header names is refused rather than losing a cell', () => {
  const csv = [header, `${moscow},,,,Rationale,one cell too many`, erdogan].join('\n')
  const reading = readStatementsCsv(csv, workspace, actors)
  expect(reading.valid.map((statement) => statement.id)).toEqual(['erdogan'])
  expect(reading.problems).toEqual([
    {
      row: 2,
      field: 'row',
      message: expect.stringMatching(
        /^This row has 12 cells where the header names 11 columns/,
      ) as string,
    },
  ])
})

test('every row of a file with every kind of fault is either taken or named by its number', () => {
  const csv = [
    header,
    moscow,
    moscow,
    `${erdogan}\rwhere,nowhere,narnia,Words,,sideways,`,
    'ghost,freedonia-gazette,narnia,Moscow urged both sides to show restraint.,,,',
    'lost,no-such-source,russia,Moscow urged,,,',
    'fine,freedonia-gazette,freedonia,“We stand with Sylvania.”,We stand with Sylvania.,supports,',
  ].join('\n')
  const reading = readStatementsCsv(csv, workspace, actors)
  expect(accounted(reading, { moscow: 2, fine: 7 })).toEqual([2, 3, 4, 5, 6, 7])
  expect(reading.problems.map(({ row, field }) => `${row} ${field}`)).toEqual([
    '3 id',
    '4 row',
    '5 actor',
    '6 source',
  ])
})

test('formula-like cells are kept exactly as typed, a leading tab or carriage return too', () => {
  const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`
  const typed = {
    speaker: '=HYPERLINK("https://example.org","x")',
    office: '+1 555 0100',
    date: '-2 days',
    rationale: '\t@SUM(A1:A2)\r=1+1',
  }
  const row = [
    'formula,freedonia-gazette,russia,Moscow urged both sides,,,',
    ...Object.values(typed).map(quoted),
  ].join(',')
  const [statement] = readStatementsCsv(`${header}\n${row}`, workspace, actors).valid
  expect(statement).toMatchObject({
    speaker: typed.speaker,
    office: typed.office,
    date: { asWritten: typed.date },
    rationale: typed.rationale,
  })
})

test('a column the workspace does not keep is named, so its cells are not dropped unsaid', () => {
  const reading = readStatementsCsv(`${header},notes\n${moscow},,,,,my note`, workspace, actors)
  expect(reading.ignoredColumns).toEqual(['notes'])
  expect(reading.valid).toHaveLength(1)
})

test('a title two sources share names neither: the row asks for an id', () => {
  const data = applyChange(
    workspace,
    putChange({ sources: [sourceVersion({ id: 'freedonia-gazette-2' })] }),
  )
  const csv = `${header}\nmoscow,"Freedonia Gazette, a fictional paper",russia,Moscow urged both sides,,,`
  expect(readStatementsCsv(csv, data, actors).problems).toEqual([
    {
      row: 2,
      field: 'source',
      message:
        'More than one source is called “Freedonia Gazette, a fictional paper”: name it by its id (freedonia-gazette, freedonia-gazette-2).',
    },
  ])
})

test('a source whose text many rows share is read the same however often it is asked', () => {
  const held = applyChange(workspace, putChange({ statements: [statementAt('Moscow urged')] }))
  const sentences = fictionalText.split(/(?<=[.”]) /u)
  const rows = Array.from({ length: 40 }, (_, at) => {
    const words = sentences[at % sentences.length] ?? ''
    return `row-${at},freedonia-gazette,russia,"${words.replaceAll('"', '""')}",,,`
  })
  const reading = readStatementsCsv([header, ...rows].join('\n'), held, actors)
  expect(reading.valid).toHaveLength(40)
  for (const statement of reading.valid)
    expect(fictionalText.slice(statement.passage.start, statement.passage.end)).toBe(
      statement.passage.text,
    )
})
