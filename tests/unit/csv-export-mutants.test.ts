import { expect, test } from 'vitest'
import { csvCell, toCsv } from '../../src/features/export/csv'
import type { ExportRow } from '../../src/features/export/rows'
import { csvObjects, parseCsv } from '../csv-parse'

const row: ExportRow = {
  statement_id: 'a-statement',
  actor: 'Türkiye',
  actor_id: 'turkiye',
  actor_kind: 'state',
  actor_stance: 'supports',
  speaker: '',
  office: 'Ministry of Foreign Affairs',
  date_earliest: '2023-09-19',
  date_latest: '2023-09-20',
  date_as_written: 'on Tuesday',
  channel: 'statement',
  stance: 'supports',
  positions: [],
  addressees: [],
  text_kind: 'paraphrase',
  quotes: [],
  passage: 'The ministry said so.',
  source: 'The article',
  span_start: 0,
  span_end: 21,
  rationale: '',
  coded_by: 'dataset',
  event_id: 'karabakh-2023',
  event_title: 'An event',
  event_initiator: 'Azerbaijan',
  stance_label_generic: 'Supports the action',
  stance_label_event: 'Supports the operation',
  cameo_code: '051',
  cameo_name: 'Praise or endorse',
}

test('numbers are written as numbers, a negative one without the formula guard', () => {
  expect(csvCell(-3)).toBe('-3')
  expect(csvCell(0)).toBe('0')
  expect(csvObjects(toCsv([row], 'none'))[0]).toMatchObject({ span_start: '0', span_end: '21' })
})

test('a cell is quoted only where a spreadsheet needs it, its quotation marks doubled', () => {
  expect(csvCell('plain words')).toBe('plain words')
  expect(csvCell('He said "no"')).toBe('"He said ""no"""')
  expect(csvCell('two\nlines')).toBe('"two\nlines"')
  expect(csvCell('a return\rinside')).toBe('"a return\rinside"')
  // Trailing spaces survive a round trip only inside quotes.
  expect(csvCell('trailing space ')).toBe('"trailing space "')
  expect(parseCsv(csvCell('say "cease-fire", twice '))).toEqual([['say "cease-fire", twice ']])
})

test('a formula sign after ordinary text is left alone; after spaces it is neutralised', () => {
  expect(csvCell('a-b')).toBe('a-b')
  expect(csvCell('x=1')).toBe('x=1')
  expect(csvCell('  -1')).toBe(`"'  -1"`)
  expect(csvCell('\u2060@x')).toBe(`"'\u2060@x"`)
})

test('synthetic data names its dataset first on every line; the article’s has no such column', () => {
  const synthetic = csvObjects(
    toCsv([row, { ...row, statement_id: 'another' }], 'none', 'synthetic'),
  )
  expect(Object.keys(synthetic[0]!)[0]).toBe('dataset')
  expect(synthetic.map((record) => record.dataset)).toEqual(['synthetic', 'synthetic'])
  const article = csvObjects(toCsv([row], 'none'))
  expect(Object.keys(article[0]!)[0]).toBe('statement_id')
  expect(article[0]).not.toHaveProperty('dataset')
})

test('a file of paraphrases still has one quote column, empty', () => {
  const [record] = csvObjects(toCsv([row], 'none'))
  expect(record).toMatchObject({ quote_1: '', text_kind: 'paraphrase' })
  expect(record).not.toHaveProperty('quote_2')
})

test('positions and addressees are spread out as labels joined by semicolons', () => {
  const coded: ExportRow = {
    ...row,
    positions: [
      { dimension: 'end-fighting', label: 'End to the fighting', value: 'takes', party: null },
      { dimension: 'backs-party', label: 'Backs Azerbaijan', value: 'takes', party: 'azerbaijan' },
    ],
    addressees: ['Azerbaijan', 'Armenia'],
    quotes: ['We support', 'our brothers'],
  }
  const [record] = csvObjects(toCsv([coded], 'stance=supports'))
  expect(record).toMatchObject({
    positions: 'End to the fighting; Backs Azerbaijan',
    addressees: 'Azerbaijan; Armenia',
    quote_1: 'We support',
    quote_2: 'our brothers',
    filters: 'stance=supports',
    office: 'Ministry of Foreign Affairs',
  })
})

test('lines end with CRLF, the header included, and an empty view is a header alone', () => {
  const csv = toCsv([], 'none')
  expect(csv).toBe(
    '\uFEFFstatement_id,actor,actor_id,actor_kind,actor_stance,speaker,office,date_earliest,date_latest,date_as_written,channel,stance,positions,addressees,text_kind,quote_1,passage,source,span_start,span_end,rationale,coded_by,event_id,event_title,event_initiator,stance_label_generic,stance_label_event,cameo_code,cameo_name,filters\r\n',
  )
  expect(toCsv([row, row], 'none').split('\r\n')).toHaveLength(4)
})
