import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import * as z from 'zod'
import { expect, test } from 'vitest'
import { event } from '../../data/event'
import { source } from '../../data/source'
import { statements } from '../../data/statements'
import { citeStatement, citeView, type Citations, type CslItem } from '../../src/lib/cite'
import { plainVersion } from '../../src/lib/cite-csl'

// What citation-js, as reference managers and converters use it, reads back from the RIS and the
// BibTeX the dialog hands out, compared with the CSL-JSON items they are written from.
const { text: _text, ...summary } = source
const context = {
  sources: [summary],
  event,
  datasetVersion: '2026-11-28.1',
  datasetYear: '2026',
  url: 'https://tracker.example/?kind=state',
  accessed: new Date('2026-11-28T10:00:00Z'),
}
const blinken = statements.find((statement) => statement.id === 'us-blinken-calls')!
// An analyst's own source with the address they recorded for it (a fictional paper).
const recorded = {
  ...summary,
  id: 'yours-gazette-v1',
  title: 'Freedonia Gazette, a fictional paper',
  outlet: 'Freedonia Gazette',
  via: null,
  published: '2026-01-05',
  url: 'https://gazette.example/fictional-paper',
  yours: true as const,
}

const date = z.union([
  z.object({ 'date-parts': z.array(z.array(z.number())) }),
  z.object({ raw: z.string() }),
])
const read = z.array(
  z.object({
    type: z.string(),
    genre: z.string().optional(),
    author: z
      .array(z.object({ literal: z.string().optional(), family: z.string().optional() }))
      .optional(),
    reporter: z.unknown().optional(),
    title: z.string(),
    'container-title': z.string().optional(),
    version: z.string().optional(),
    publisher: z.string().optional(),
    note: z.string().optional(),
    issued: date,
    URL: z.string().optional(),
    accessed: date.optional(),
  }),
)
type Read = z.infer<typeof read>[number]
const readBack = (text: string) => read.parse(new Cite(text).format('data', { format: 'object' }))

// A news item's full date comes back from RIS as citation-js's raw date, `2023/09/20/`, which it
// and citeproc read as that day.
const partsOf = (value: z.infer<typeof date> | undefined) =>
  value &&
  ('raw' in value ? value.raw.split('/').filter(Boolean).map(Number) : value['date-parts'][0])
const namesOf = (entry: Read) => entry.author?.map((name) => name.literal ?? name.family)

function expectIntact(entry: Read | undefined, item: CslItem, container: boolean) {
  expect(entry?.title).toBe(item.title)
  expect(namesOf(entry!)).toEqual(item.author?.map((name) => name.literal))
  expect(entry?.reporter).toBeUndefined()
  expect(partsOf(entry?.issued)).toEqual(item.issued['date-parts'][0])
  if (container) expect(entry?.['container-title']).toBe(item['container-title'])
  expect(entry?.version).toBe(item.version && plainVersion(item.version))
  expect(entry?.publisher).toBe(item.publisher)
  expect(entry?.URL).toBe(item.URL)
  expect(partsOf(entry?.accessed)).toEqual(item.accessed?.['date-parts'][0])
}

const cited: [string, Citations][] = [
  ['a view', citeView(context)],
  ['a statement', citeStatement(context, blinken, 'United States')],
  ['the analyst’s own source, with its address', citeView({ ...context, sources: [recorded] })],
]

test.each(cited)('RIS read back by citation-js keeps each reference of %s', (_, citations) => {
  const entries = readBack(citations.files.RIS.text)
  expect(entries).toHaveLength(citations.items.length)
  citations.items.forEach((item, index) => {
    const entry = entries[index]
    expect(entry?.type).toBe(item.type)
    // citation-js reads no RIS tag as a dataset's container: the dashboard a statement is part
    // of stays in T2, and survives in the BibTeX and the CSL-JSON.
    expectIntact(entry, item, item.type === 'article-newspaper')
  })
})

test.each(cited)('BibTeX read back by citation-js keeps each reference of %s', (_, citations) => {
  const entries = readBack(citations.files.BibTeX.text)
  expect(entries).toHaveLength(citations.items.length)
  citations.items.forEach((item, index) => {
    const entry = entries[index]
    // biblatex has no newspaper type: an @article with entrysubtype newspaper reads back as an
    // article whose genre is newspaper.
    if (item.type === 'article-newspaper') {
      expect(entry).toMatchObject({ type: 'article-journal', genre: 'newspaper' })
    } else {
      expect(entry?.type).toBe('dataset')
    }
    expectIntact(entry, item, true)
  })
})

test('the article reads back as Daily Sabah’s, with no author and no address', () => {
  const [ris] = readBack(citeView(context).files.RIS.text)
  const [bibtex] = readBack(citeView(context).files.BibTeX.text)
  for (const entry of [ris, bibtex]) {
    expect(entry?.['container-title']).toBe('Daily Sabah')
    expect(entry?.note).toBe('Via Azerbaijan in Focus')
    expect(entry?.author).toBeUndefined()
    expect(entry?.URL).toBeUndefined()
    expect(partsOf(entry?.issued)).toEqual([2023, 9, 20])
  }
})
