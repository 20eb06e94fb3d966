import * as z from 'zod'
import { beforeAll, expect, test } from 'vitest'
import { event } from '../../data/event'
import { source } from '../../data/source'
import { statements } from '../../data/statements'
import {
  citeStatement,
  citeView,
  cslStyleNames,
  fileFormats,
  statementTitle,
  type Citations,
} from '../../src/lib/cite'
import { formatReferences, formatStyles } from '../../src/lib/cite-styles'
import { syntheticNotice } from '../../src/lib/synthetic-notice'

const { text: _text, ...summary } = source
const context = {
  sources: [summary],
  event,
  datasetVersion: '2026-11-27.1',
  datasetYear: '2026',
  url: 'https://tracker.example/?compare=united-states,turkiye',
  accessed: new Date('2026-11-27T10:00:00Z'),
}
const statement = (id: string) => statements.find((item) => item.id === id)!
const blinken = statement('us-blinken-calls')
const eu = statement('european-union-condemnation')
const unga = statement('turkiye-erdogan-unga')
// Türkiye's statement with only Erdoğan's words, which end their own sentence with a full stop.
const negotiation = (() => {
  const support = statement('turkiye-support-for-operation')
  return { ...support, quotes: support.quotes.slice(1) }
})()
const blinkenLink = 'https://tracker.example/?statement=us-blinken-calls&version=2026-11-27.1'

/** Every style's references and every file, as a reader copies them. */
const everyText = (citations: Citations) => [
  ...cslStyleNames.map((style) => formatReferences(style, citations.items).text),
  ...fileFormats.map((format) => citations.files[format].text),
]

// citeproc builds each style's engine once, which in jsdom on a shared machine takes seconds.
beforeAll(() => void formatStyles(citeView(context).items), 120_000)

test('the article is Daily Sabah’s in every style and file, Azerbaijan in Focus only the copy’s way', () => {
  const citations = citeView(context)
  expect(citations.items[0]).toEqual({
    id: source.id,
    type: 'article-newspaper',
    title: 'Azerbaijan says cease-fire achieved with separatists in Karabakh',
    'container-title': 'Daily Sabah',
    note: 'Via Azerbaijan in Focus',
    issued: { 'date-parts': [[2023, 9, 20]] },
  })
  for (const style of cslStyleNames) {
    const [article] = formatReferences(style, citations.items).references
    expect(article).toContain('Daily Sabah')
    expect(article).not.toContain('Azerbaijan in Focus')
  }
  expect(citations.files.RIS.text).toContain('T2  - Daily Sabah\n')
  expect(citations.files.BibTeX.text).toContain('journaltitle = {Daily Sabah}')
})

test('APA, as citeproc formats it: the unsigned article under its title, then the dashboard', () => {
  expect(formatReferences('APA', citeView(context).items).references).toEqual([
    'Azerbaijan says cease-fire achieved with separatists in Karabakh. (2023, September 20). Daily Sabah.',
    'Diplomatic reactions tracker. (2026). Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire (Version 2026-11-27.1) [Dataset]. Diplomatic reactions tracker. https://tracker.example/?compare=united-states,turkiye',
  ])
})

test('Chicago is author-date: the author, the year, then the title in title case', () => {
  const [article, dashboard] = formatReferences('Chicago', citeView(context).items).references
  expect(article).toBe(
    'Daily Sabah. 2023. “Azerbaijan Says Cease-Fire Achieved with Separatists in Karabakh.” September 20.',
  )
  expect(dashboard).toMatch(/^Diplomatic reactions tracker\. 2026\. “Reactions to Azerbaijan’s/)
})

test('the dataset version is one version, never a range, in every style and file', () => {
  const citations = citeStatement(context, blinken, 'United States')
  expect(formatReferences('APA', citations.items).text).toContain('(Version 2026-11-27.1)')
  expect(formatReferences('Chicago', citations.items).text).toContain('version 2026-11-27.1.')
  expect(formatReferences('MLA', citations.items).text).toContain('Version 2026-11-27.1,')
  for (const text of everyText(citations)) {
    expect(text).not.toMatch(/versions/i)
    expect(text).not.toContain('2026–11')
  }
  expect(citations.files.RIS.text).toContain('ET  - 2026-11-27.1\n')
  expect(citations.files.BibTeX.text).toContain('version = {2026-11-27.1}')
})

test('a statement is cited at its own link, in the dataset version cited, not the filtered view', () => {
  for (const text of everyText(citeStatement(context, blinken, 'United States'))) {
    expect(text).toContain(blinkenLink)
    expect(text).not.toContain('compare=')
  }
})

test('a paraphrase is never quoted as the speaker’s words', () => {
  for (const text of everyText(citeStatement(context, unga, 'Türkiye'))) {
    expect(text).not.toContain('summit in New York')
    expect(text).toMatch(
      /Statement by Recep Tayyip Erdoğan \(President\), Türkiye, [Rr]eported in [Pp]araphrase/,
    )
  }
  expect(citeStatement(context, eu, 'European Union').items[1]?.title).toBe(
    'Statement by the European Union, reported in paraphrase',
  )
})

test('a quote that ends its own sentence gets no second full stop', () => {
  for (const text of everyText(citeStatement(context, negotiation, 'Türkiye'))) {
    expect(text).toMatch(/historic opportunity\./i)
    expect(text).not.toMatch(/\.[”’"]?\./)
  }
})

test('a statement is named the way a person would: Statement by the United States', () => {
  expect(statementTitle('United States')).toBe('Statement by the United States')
  expect(statementTitle('Armenia')).toBe('Statement by Armenia')
  expect(statementTitle('European Union')).toBe('Statement by the European Union')
})

test('RIS: a NEWS record with its full date, then a DATA record with version and publisher', () => {
  expect(citeStatement(context, blinken, 'United States').files.RIS.text).toBe(
    [
      'TY  - NEWS',
      'TI  - Azerbaijan says cease-fire achieved with separatists in Karabakh',
      'T2  - Daily Sabah',
      'N1  - Via Azerbaijan in Focus',
      'DA  - 2023/09/20/',
      'Y1  - 2023/09/20/',
      'ER  - ',
      'TY  - DATA',
      'AU  - Diplomatic reactions tracker',
      'TI  - Statement by Antony Blinken (U.S. Secretary of State), United States: “immediately cease military actions”',
      'T2  - Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire',
      'ET  - 2026-11-27.1',
      'PB  - Diplomatic reactions tracker',
      'PY  - 2026',
      `UR  - ${blinkenLink}`,
      'Y2  - 2026/11/27/',
      'ER  - ',
    ].join('\n'),
  )
})

test('BibTeX: a newspaper @article, then a @dataset with version and publisher', () => {
  expect(citeStatement(context, blinken, 'United States').files.BibTeX.references).toEqual([
    [
      `@article{${source.id},`,
      '  entrysubtype = {newspaper},',
      '  title = {Azerbaijan says cease-fire achieved with separatists in Karabakh},',
      '  journaltitle = {Daily Sabah},',
      '  note = {Via Azerbaijan in Focus},',
      '  date = {2023-09-20}',
      '}',
    ].join('\n'),
    [
      '@dataset{reactions-us-blinken-calls,',
      '  author = {{Diplomatic reactions tracker}},',
      '  title = {Statement by Antony Blinken (U.S. Secretary of State), United States: “immediately cease military actions”},',
      '  booktitle = {Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire},',
      '  version = {2026-11-27.1},',
      '  publisher = {Diplomatic reactions tracker},',
      '  date = {2026},',
      `  url = {${blinkenLink}},`,
      '  urldate = {2026-11-27}',
      '}',
    ].join('\n'),
  ])
})

test('synthetic data is cited as the synthetic dataset alone, saying so in every style and file', () => {
  for (const citations of [
    citeView({ ...context, synthetic: true }),
    citeStatement({ ...context, synthetic: true }, blinken, 'United States'),
  ]) {
    expect(citations.items).toHaveLength(1)
    expect(citations.noticeKind).toBe('synthetic')
    expect(formatReferences('APA', citations.items).text).toContain('[Synthetic dataset]')
    for (const text of everyText(citations)) {
      expect(text.toLowerCase()).toContain(syntheticNotice.toLowerCase())
      expect(text).not.toContain('Daily Sabah')
    }
  }
})

// The fields used, as the CSL-JSON schema (citation-style-language/schema, csl-data.json) defines
// them; strict, so a misspelt field fails.
const dateVariable = z.strictObject({
  'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2),
})
const cslItem = z.strictObject({
  id: z.string().min(1),
  type: z.enum(['article-newspaper', 'dataset']),
  title: z.string().min(1),
  'container-title': z.string().min(1).optional(),
  author: z
    .array(z.strictObject({ literal: z.string().min(1) }))
    .min(1)
    .optional(),
  publisher: z.string().optional(),
  version: z.string().optional(),
  genre: z.string().optional(),
  note: z.string().optional(),
  issued: dateVariable,
  URL: z.url().optional(),
  accessed: dateVariable.optional(),
})

test('CSL-JSON has the shape the CSL-JSON schema gives, with the dates as date-parts', () => {
  const items = z
    .array(cslItem)
    .parse(JSON.parse(citeStatement(context, blinken, 'United States').files['CSL-JSON'].text))
  expect(items).toHaveLength(2)
  expect(items[1]).toMatchObject({
    type: 'dataset',
    author: [{ literal: 'Diplomatic reactions tracker' }],
    publisher: 'Diplomatic reactions tracker',
    // citeproc's escaped hyphen: the version prints as one, "Version 2026-11-27.1".
    version: '2026\\-11\\-27.1',
    URL: blinkenLink,
    accessed: { 'date-parts': [[2026, 11, 27]] },
  })
  for (const synthetic of [false, true])
    expect(
      z
        .array(cslItem)
        .safeParse(JSON.parse(citeView({ ...context, synthetic }).files['CSL-JSON'].text)).success,
    ).toBe(true)
})
