import { expect, test } from 'vitest'
import { actors } from '../../mocks/data/actors'
import { source } from '../../mocks/data/source'
import { statements } from '../../mocks/data/statements'
import { csvCell, exportRows, toCsv } from '../../src/features/export/rows'

const { text: _text, ...summary } = source
const russia = actors.find((actor) => actor.id === 'russia')!
const eu = actors.find((actor) => actor.id === 'european-union')!
const rows = exportRows(
  [
    { actor: russia, statements: statements.filter((statement) => statement.actorId === 'russia') },
    {
      actor: eu,
      statements: statements.filter((statement) => statement.actorId === 'european-union'),
    },
  ],
  [summary],
)

test('one row per statement shown, quotes verbatim and paraphrases marked', () => {
  expect(rows.map((row) => [row.actor, row.text_kind])).toEqual([
    ['Russia', 'quote'],
    ['European Union', 'paraphrase'],
  ])
  expect(rows[0]?.text).toBe(
    'We urge the conflicting parties to immediately stop the bloodshed, stop hostilities and eliminate civilian casualties',
  )
  expect(rows[1]?.text).toBe(
    'the European Union, France and Germany condemned Azerbaijan’s military action.',
  )
  const telegram = statements.find(
    (statement) => statement.id === 'russia-foreign-ministry-telegram',
  )!
  expect(rows[0]).toMatchObject({
    stance: 'calls-on-all-sides',
    positions: 'end-fighting; humanitarian',
    span_start: telegram.passage.start,
    span_end: telegram.passage.end,
  })
  expect(source.text.slice(rows[0]!.span_start, rows[0]!.span_end)).toBe(rows[0]!.passage)
})

test('CSV cells that a spreadsheet would run as formulas are neutralised (OWASP)', () => {
  expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"')
  expect(csvCell('+1')).toBe("'+1")
  expect(csvCell('-2+3')).toBe("'-2+3")
  expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
  expect(csvCell('\tcmd')).toBe("'\tcmd")
  expect(csvCell('\rcmd')).toBe('"\'\rcmd"')
  expect(csvCell('plain, with comma')).toBe('"plain, with comma"')
  expect(csvCell(42)).toBe('42')
})

test('the CSV has a header and one line per statement, readable as UTF-8', () => {
  const csv = toCsv(rows)
  expect(csv.startsWith('\uFEFFstatement_id,actor,')).toBe(true)
  expect(csv.trimEnd().split('\r\n')).toHaveLength(3)
  expect(csv).toContain('Azerbaijan’s military action')
})
