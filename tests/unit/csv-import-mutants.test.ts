import { expect, test } from 'vitest'
import { applyChange, putChange } from '../../src/lib/workspace/changes'
import { readStatementsCsv, resolveConflict } from '../../src/lib/workspace/csv-import'
import { emptyWorkspace } from '../../src/lib/workspace/records'
import { fictionalText, sourceVersion, statementAt } from './workspace-fixtures'

const actors = new Set(['russia', 'freedonia'])
const header = 'id,source,actor,passage,quote,stance,channel,speaker,office,date,rationale'
const passage =
  'Freedonia’s foreign minister, Rufus T. Firefly, said on Monday morning: “We stand with Sylvania.”'
const quote = 'We stand with Sylvania.'
const workspaceWith = (...sources: ReturnType<typeof sourceVersion>[]) =>
  applyChange(emptyWorkspace, putChange({ sources }))
const workspace = workspaceWith(sourceVersion())
/** One CSV line, a cell quoted where it holds a comma. */
const line = (...cells: string[]) =>
  cells.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')

test('a complete row becomes a statement with every field placed in the source', () => {
  const row = line(
    'firefly-stands',
    ' freedonia-gazette ',
    'freedonia',
    passage,
    quote,
    'supports',
    'phone-call',
    'Rufus T. Firefly',
    'Foreign minister',
    'Monday morning',
    'Quotes him.',
  )
  const csv = `\uFEFF${header}\n${row}`
  const reading = readStatementsCsv(csv, workspace, actors)
  expect(reading.problems).toEqual([])
  const start = fictionalText.indexOf(passage)
  const quoteStart = fictionalText.indexOf(quote)
  expect(reading.valid).toEqual([
    {
      id: 'firefly-stands',
      actorId: 'freedonia',
      sourceId: 'freedonia-gazette',
      sourceVersion: 1,
      speaker: 'Rufus T. Firefly',
      office: 'Foreign minister',
      date: { asWritten: 'Monday morning', earliest: null, latest: null, partOfDay: null },
      channel: 'phone-call',
      textKind: 'quote',
      passage: { start, end: start + passage.length, text: passage },
      quotes: [{ start: quoteStart, end: quoteStart + quote.length, text: quote }],
      stance: 'supports',
      positions: [],
      addressees: [],
      rationale: 'Quotes him.',
    },
  ])
})

test('a row with only the required columns is a paraphrase with nothing else filled in', () => {
  const csv = `id,source,actor,passage,stance\nmoscow,freedonia-gazette,russia,Moscow urged both sides,`
  const [statement] = readStatementsCsv(csv, workspace, actors).valid
  expect(statement).toMatchObject({
    textKind: 'paraphrase',
    quotes: [],
    stance: null,
    channel: 'unspecified',
    speaker: null,
    office: null,
    date: { asWritten: null },
    rationale: '',
  })
})

test('a file without a required column is refused as a whole, each column named', () => {
  const reading = readStatementsCsv('id,actor,quote\nmoscow,russia,restraint', workspace, actors)
  expect(reading).toEqual({
    valid: [],
    conflicts: [],
    ignoredColumns: [],
    problems: [
      { row: 1, field: 'source', message: 'The column “source” is missing.' },
      { row: 1, field: 'passage', message: 'The column “passage” is missing.' },
      { row: 1, field: 'stance', message: 'The column “stance” is missing.' },
    ],
  })
})

test('a source is found by its title too, and its newest version is the one used', () => {
  const newer = sourceVersion({ version: 2, text: `Preamble. ${fictionalText}` })
  const data = workspaceWith(sourceVersion(), newer)
  const csv = `${header}\nmoscow,"Freedonia Gazette, a fictional paper",russia,Moscow urged both sides,,,`
  const [statement] = readStatementsCsv(csv, data, actors).valid
  const start = newer.text.indexOf('Moscow urged both sides')
  expect(statement).toMatchObject({ sourceVersion: 2, passage: { start } })
})

test('rows that cannot be placed name the field and why, by spreadsheet row', () => {
  const twice = workspaceWith(sourceVersion({ text: `${fictionalText} Moscow urged both sides.` }))
  const csv = [
    header,
    ',freedonia-gazette,russia,Rufus T. Firefly,,,',
    'empty-passage,freedonia-gazette,russia,,,,',
    'twice,freedonia-gazette,russia,Moscow urged both sides,,,',
    line('outside', 'freedonia-gazette', 'freedonia', passage, 'Erdoğan', '', ''),
    'bad-channel,freedonia-gazette,russia,Rufus T. Firefly,,,carrier pigeon',
  ].join('\r\n')
  expect(readStatementsCsv(csv, twice, actors)).toEqual({
    valid: [],
    conflicts: [],
    ignoredColumns: [],
    problems: [
      { row: 2, field: 'id', message: 'Every statement needs an id.' },
      { row: 3, field: 'passage', message: 'The passage is empty.' },
      {
        row: 4,
        field: 'passage',
        message: 'These words occur more than once in the source; quote more of them.',
      },
      { row: 5, field: 'quote', message: 'The quoted words are not inside the passage.' },
      { row: 6, field: 'channel', message: '“carrier pigeon” is not a channel.' },
    ],
  })
})

test('keeping both statements gives the incoming one an id not yet taken', () => {
  const existing = statementAt('Moscow urged both sides')
  const incoming = { ...existing, stance: 'urges-halt' as const }
  const [kept] = resolveConflict({ incoming, existing }, 'keep-both', [
    'moscow-urges',
    'moscow-urges-2',
  ])
  expect(kept).toEqual({ ...incoming, id: 'moscow-urges-3' })
})

test('taking theirs replaces the statement under the same id', () => {
  const existing = statementAt('Moscow urged both sides')
  const incoming = { ...existing, stance: 'urges-halt' as const }
  expect(resolveConflict({ incoming, existing }, 'take-theirs', ['moscow-urges'])).toEqual([
    incoming,
  ])
})

test('blank lines and lines of empty cells, as spreadsheets leave them, are not rows', () => {
  const csv = `${header}\r\n\r\nmoscow,freedonia-gazette,russia,Moscow urged both sides,,,\r\n,,,,,,,,,,\r\n  \r\n\r\n`
  expect(readStatementsCsv(csv, workspace, actors)).toMatchObject({
    problems: [],
    valid: [{ id: 'moscow' }],
  })
})

test('only a byte-order mark at the very start is dropped; one inside the words is kept', () => {
  const csv = `${header}\nmoscow,freedonia-gazette,russia,Moscow urged both sides,,,,,,,Zero\uFEFFwidth`
  expect(readStatementsCsv(csv, workspace, actors).valid[0]?.rationale).toBe('Zero\uFEFFwidth')
})

test('a quote given with an empty passage is reported once, as the empty passage', () => {
  const csv = `${header}\nmoscow,freedonia-gazette,russia,,${quote},,`
  expect(readStatementsCsv(csv, workspace, actors).problems).toEqual([
    { row: 2, field: 'passage', message: 'The passage is empty.' },
  ])
})

test('a quotation is placed wherever its passage starts, the source’s first characters included', () => {
  for (const lead of ['', ' ', '\n\n']) {
    const data = workspaceWith(sourceVersion({ text: `${lead}${fictionalText}` }))
    const [statement] = readStatementsCsv(
      `${header}\n${line('firefly', 'freedonia-gazette', 'freedonia', passage, quote, '', '')}`,
      data,
      actors,
    ).valid
    const quoteStart = lead.length + fictionalText.indexOf(quote)
    expect(statement).toMatchObject({
      textKind: 'quote',
      passage: { start: lead.length },
      quotes: [{ start: quoteStart, end: quoteStart + quote.length, text: quote }],
    })
  }
})
