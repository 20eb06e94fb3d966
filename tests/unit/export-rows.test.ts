import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { codebook } from '../../data/codebook'
import { event } from '../../data/event'
import { source } from '../../data/source'
import { statements } from '../../data/statements'
import { csvCell, toCsv } from '../../src/features/export/csv'
import { exportRows } from '../../src/features/export/rows'
import { filtersObject, filtersText } from '../../src/features/export/view-filters'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import { csvObjects, parseCsv } from '../csv-parse'
import { dataset, labels } from '../mock-dataset'

const { text: _text, ...summary } = source
const resultOf = (id: string) => {
  const actor = actors.find((item) => item.id === id)!
  return {
    actor,
    summary: dataset.stances.find((item) => item.actorId === id)!,
    statements: statements.filter((statement) => statement.actorId === id),
  }
}
const rows = exportRows([resultOf('russia'), resultOf('european-union'), resultOf('turkiye')], {
  sources: [summary],
  actors,
  labels,
  codebook,
  events: [event],
  event: event.id,
})
const row = (id: string) => rows.find((item) => item.statement_id === id)!

test('one row per statement shown, quotes verbatim and apart, paraphrases without quotes', () => {
  expect(rows.map((item) => [item.actor, item.text_kind])).toEqual([
    ['Russia', 'quote'],
    ['European Union', 'paraphrase'],
    ['Türkiye', 'quote'],
    ['Türkiye', 'paraphrase'],
    ['Türkiye', 'quote'],
  ])
  const telegram = statements.find(
    (statement) => statement.id === 'russia-foreign-ministry-telegram',
  )!
  expect(row('russia-foreign-ministry-telegram')).toMatchObject({
    quotes: [
      'We urge the conflicting parties to immediately stop the bloodshed, stop hostilities and eliminate civilian casualties',
    ],
    stance: 'calls-on-all-sides',
    span_start: telegram.passage.start,
    span_end: telegram.passage.end,
  })
  expect(row('european-union-condemnation')).toMatchObject({
    quotes: [],
    passage: 'the European Union, France and Germany condemned Azerbaijan’s military action.',
  })
  const twoQuotes = statements.find(
    (statement) => statement.id === 'turkiye-foreign-ministry-negotiations',
  )!
  expect(row(twoQuotes.id).quotes).toEqual(twoQuotes.quotes.map((quote) => quote.text))
  expect(source.text.slice(rows[0]!.span_start, rows[0]!.span_end)).toBe(rows[0]!.passage)
})

test('each row carries the actor’s overall stance, the addressees and positions as objects', () => {
  expect(row('russia-foreign-ministry-telegram')).toMatchObject({
    actor_stance: 'calls-on-all-sides',
    addressees: ['All sides'],
    positions: [
      { dimension: 'end-fighting', label: 'End to the fighting', value: 'takes', party: null },
      { dimension: 'humanitarian', label: 'Humanitarian concern', value: 'takes', party: null },
    ],
  })
  expect(row('turkiye-support-for-operation')).toMatchObject({
    actor_stance: 'supports',
    positions: [
      {
        dimension: 'territorial-integrity',
        label: 'Territorial integrity',
        value: 'takes',
        party: null,
      },
      { dimension: 'negotiations', label: 'Negotiations', value: 'takes', party: null },
    ],
  })
})

test('the CSV puts each quote in its own column and states the filters on every line', () => {
  const state = {
    ...emptyFilterState,
    stance: ['calls-on-all-sides' as const],
    q: 'talks',
    tables: ['timeline' as const],
  }
  const csv = toCsv(rows, filtersText(state))
  const records = csvObjects(csv)
  expect(Object.keys(records[0]!)).toEqual([
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
    'positions',
    'addressees',
    'text_kind',
    'quote_1',
    'quote_2',
    'passage',
    'source',
    'span_start',
    'span_end',
    'rationale',
    'coded_by',
    'event_id',
    'event_title',
    'event_initiator',
    'stance_label_generic',
    'stance_label_event',
    'cameo_code',
    'cameo_name',
    'filters',
  ])
  const negotiations = records.find(
    (record) => record.statement_id === 'turkiye-foreign-ministry-negotiations',
  )!
  const quotes = row('turkiye-foreign-ministry-negotiations').quotes
  expect([negotiations.quote_1, negotiations.quote_2]).toEqual(quotes)
  expect(negotiations.addressees).toBe('All sides')
  expect(
    records.find((record) => record.statement_id === 'european-union-condemnation'),
  ).toMatchObject({
    quote_1: '',
    quote_2: '',
  })
  expect(records.map((record) => record.filters)).toEqual(
    records.map(() => 'stance=calls-on-all-sides&q=talks'),
  )
  expect(records[0]!.positions).toBe('End to the fighting; Humanitarian concern')
})

test('the filters are written as the link writes them, and as lists in the JSON', () => {
  expect(filtersText(emptyFilterState)).toBe('none')
  const state = {
    ...emptyFilterState,
    stance: ['condemns' as const, 'urges-halt' as const],
    from: '2023-09-19',
    q: 'cease-fire',
    compare: ['france', 'russia'],
  }
  expect(filtersText(state)).toBe('stance=condemns,urges-halt&from=2023-09-19&q=cease-fire')
  expect(filtersObject(state)).toEqual({
    stance: ['condemns', 'urges-halt'],
    from: '2023-09-19',
    q: 'cease-fire',
  })
})

test('CSV cells that a spreadsheet would run as formulas are neutralised (OWASP)', () => {
  // papaparse quotes each cell it neutralises; a spreadsheet reads the same text, ' first.
  expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"')
  expect(csvCell('+1')).toBe('"\'+1"')
  expect(csvCell('-2+3')).toBe('"\'-2+3"')
  expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"')
  expect(csvCell('\tcmd')).toBe('"\'\tcmd"')
  expect(csvCell('\rcmd')).toBe('"\'\rcmd"')
  expect(csvCell('plain, with comma')).toBe('"plain, with comma"')
  expect(csvCell(42)).toBe('42')
})

// Each of these starts a formula in some spreadsheet, directly or after what it skips.
test.each([
  ['a line feed', '\n=1+1'],
  ['a space before =', ' =1+1'],
  ['a no-break space before =', '\u00A0=1+1'],
  ['a line feed before =', '\n=1+1'],
  ['a carriage return before =', '\r=1+1'],
  ['a tab before =', '\t=1+1'],
  ['a zero-width space before =', '\u200B=1+1'],
  ['spaces and a tab before +', '  \t+1'],
  ['a byte-order mark before @', '\uFEFF@SUM(A1)'],
  ['a NUL', '\0=1'],
  ['a full-width equals sign', '＝1+1'],
  ['a full-width plus sign', '＋1'],
  ['a full-width minus sign', '－1'],
  ['a full-width at sign', '＠SUM(A1)'],
  ['a space before a full-width equals sign', ' ＝1'],
])('a cell starting with %s is neutralised', (_name, value) => {
  const [[cell]] = parseCsv(csvCell(value)) as [[string]]
  expect(cell).toBe(`'${value}`)
})

test('text that only looks near a formula is left as written', () => {
  expect(csvCell('Türkiye')).toBe('Türkiye')
  expect(csvCell('Erdoğan said: = is not at the start')).toBe('Erdoğan said: = is not at the start')
  expect(csvCell(' leading space')).toBe('" leading space"')
  expect(csvCell('“We urge”')).toBe('“We urge”')
})

test('the CSV is readable as UTF-8: byte-order mark first, Türkiye and Erdoğan intact', () => {
  const csv = toCsv(rows, 'none')
  expect(csv.startsWith('\uFEFFstatement_id,actor,')).toBe(true)
  expect(csv.endsWith('\r\n')).toBe(true)
  const records = csvObjects(csv)
  expect(records).toHaveLength(rows.length)
  expect(records.map((record) => record.actor)).toContain('Türkiye')
  expect(records.map((record) => record.speaker)).toContain('Recep Tayyip Erdoğan')
  expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(csv))).toBe(
    csv,
  )
})
