import * as z from 'zod'
import { expect, test } from 'vitest'
import { event } from '../../data/event'
import { source } from '../../data/source'
import { statements } from '../../data/statements'
import { citeStatement, citeView, statementTitle } from '../../src/lib/cite'

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

// Expected strings written out and checked by hand against each style's pattern for a news
// article and a data set.
test('APA gives the article and the dashboard as two references', () => {
  expect(citeView(context).styles.APA.references).toEqual([
    'Daily Sabah. (2023, September 20). Azerbaijan says cease-fire achieved with separatists in Karabakh. Azerbaijan in Focus.',
    'Diplomatic reactions tracker. (2026). Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire (Version 2026-11-27.1) [Data set]. Retrieved November 27, 2026, from https://tracker.example/?compare=united-states,turkiye',
  ])
  const cited = citeStatement(context, blinken, 'United States').styles.APA
  expect(cited.references[1]).toBe(
    `Diplomatic reactions tracker. (2026). Statement by Antony Blinken (U.S. Secretary of State), United States: “immediately cease military actions”. In Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire (Version 2026-11-27.1) [Data set]. Retrieved November 27, 2026, from ${blinkenLink}`,
  )
  expect(cited.text).toBe(`${cited.references[0]}\n\n${cited.references[1]}`)
})

test('MLA', () => {
  expect(citeView(context).styles.MLA.references).toEqual([
    '“Azerbaijan says cease-fire achieved with separatists in Karabakh.” Daily Sabah, via Azerbaijan in Focus, 20 Sept. 2023.',
    'Diplomatic reactions tracker. Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire, version 2026-11-27.1, 2026, https://tracker.example/?compare=united-states,turkiye. Accessed 27 Nov. 2026.',
  ])
})

test('Chicago', () => {
  expect(citeView(context).styles.Chicago.references).toEqual([
    'Daily Sabah. “Azerbaijan says cease-fire achieved with separatists in Karabakh.” Azerbaijan in Focus, September 20, 2023.',
    'Diplomatic reactions tracker. “Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire.” Dataset version 2026-11-27.1, 2026. https://tracker.example/?compare=united-states,turkiye (accessed November 27, 2026).',
  ])
})

test('a statement is cited at its own link, in the dataset version cited, not the filtered view', () => {
  const cited = citeStatement(context, blinken, 'United States').styles
  for (const style of ['APA', 'MLA', 'Chicago', 'BibTeX', 'RIS', 'CSL-JSON'] as const) {
    expect(cited[style].text).toContain(blinkenLink)
    expect(cited[style].text).not.toContain('compare=')
  }
})

test('BibTeX', () => {
  expect(citeStatement(context, blinken, 'United States').styles.BibTeX.references[1]).toBe(
    [
      '@misc{reactions-us-blinken-calls,',
      '  author = {{Diplomatic reactions tracker}},',
      '  title = {Statement by Antony Blinken (U.S. Secretary of State), United States: “immediately cease military actions”},',
      '  howpublished = {Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire},',
      '  note = {Dataset version 2026-11-27.1},',
      '  year = {2026},',
      `  url = {${blinkenLink}},`,
      '  urldate = {2026-11-27}',
      '}',
    ].join('\n'),
  )
})

test('a paraphrase is never quoted as the speaker’s words', () => {
  for (const style of ['APA', 'MLA', 'Chicago', 'BibTeX', 'RIS', 'CSL-JSON'] as const) {
    const text = citeStatement(context, unga, 'Türkiye').styles[style].text
    expect(text).not.toContain('summit in New York')
    expect(text).toContain(
      'Statement by Recep Tayyip Erdoğan (President), Türkiye, reported in paraphrase',
    )
  }
  expect(citeStatement(context, eu, 'European Union').styles.MLA.references[1]).toMatch(
    /^Diplomatic reactions tracker\. Statement by the European Union, reported in paraphrase\. Reactions/,
  )
})

test('a quote that ends its own sentence gets no second full stop', () => {
  const cited = citeStatement(context, negotiation, 'Türkiye').styles
  expect(cited.APA.references[1]).toContain('historic opportunity.” In Reactions')
  expect(cited.MLA.references[1]).toContain('historic opportunity.” Reactions')
  for (const style of ['APA', 'MLA', 'Chicago'] as const) {
    expect(cited[style].text).not.toMatch(/\.”\./)
  }
})

test('a statement is named the way a person would: Statement by the United States', () => {
  expect(statementTitle('United States')).toBe('Statement by the United States')
  expect(statementTitle('Armenia')).toBe('Statement by Armenia')
  expect(statementTitle('European Union')).toBe('Statement by the European Union')
})

test('RIS: one record for the article, one for the dashboard', () => {
  expect(citeStatement(context, blinken, 'United States').styles.RIS.text).toBe(
    [
      'TY  - NEWS',
      'AU  - Daily Sabah',
      'TI  - Azerbaijan says cease-fire achieved with separatists in Karabakh',
      'T2  - Daily Sabah',
      'N1  - Via Azerbaijan in Focus',
      'PY  - 2023',
      'DA  - 2023/09/20/',
      'ER  - ',
      'TY  - DATA',
      'AU  - Diplomatic reactions tracker',
      'TI  - Statement by Antony Blinken (U.S. Secretary of State), United States: “immediately cease military actions”',
      'T2  - Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire',
      'ET  - Version 2026-11-27.1',
      'PB  - Diplomatic reactions tracker',
      'PY  - 2026',
      `UR  - ${blinkenLink}`,
      'Y2  - 2026/11/27/',
      'ER  - ',
    ].join('\n'),
  )
})

// The fields used, as the CSL-JSON schema (citation-style-language/schema, csl-data.json) defines
// them; strict, so a misspelt field fails.
const dateVariable = z.strictObject({
  'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2),
})
const name = z.union([
  z.strictObject({ literal: z.string().min(1) }),
  z.strictObject({ family: z.string(), given: z.string() }),
])
const cslItem = z.strictObject({
  id: z.string().min(1),
  type: z.enum(['article-newspaper', 'dataset']),
  title: z.string().min(1),
  'container-title': z.string().min(1).optional(),
  author: z.array(name).min(1),
  publisher: z.string().optional(),
  version: z.string().optional(),
  note: z.string().optional(),
  issued: dateVariable,
  URL: z.url().optional(),
  accessed: dateVariable.optional(),
})

test('CSL-JSON has the shape the CSL-JSON schema gives, with the dates as date-parts', () => {
  const items = z
    .array(cslItem)
    .parse(JSON.parse(citeStatement(context, blinken, 'United States').styles['CSL-JSON'].text))
  expect(items).toHaveLength(2)
  expect(items[0]).toMatchObject({
    type: 'article-newspaper',
    'container-title': 'Daily Sabah',
    issued: { 'date-parts': [[2023, 9, 20]] },
  })
  expect(items[1]).toMatchObject({
    type: 'dataset',
    author: [{ literal: 'Diplomatic reactions tracker' }],
    publisher: 'Diplomatic reactions tracker',
    version: '2026-11-27.1',
    URL: blinkenLink,
    accessed: { 'date-parts': [[2026, 11, 27]] },
  })
  expect(
    z.array(cslItem).safeParse(JSON.parse(citeView(context).styles['CSL-JSON'].text)).success,
  ).toBe(true)
})
