import { expect, test } from 'vitest'
import { source } from '../../mocks/data/source'
import { statements } from '../../mocks/data/statements'
import { citeStatement, citeView } from '../../src/lib/cite'

const { text: _text, ...summary } = source
const context = {
  source: summary,
  datasetVersion: '2026-11-27.1',
  datasetYear: '2026',
  url: 'https://tracker.example/?compare=united-states,turkiye',
  accessed: new Date('2026-11-27T10:00:00Z'),
}
const blinken = statements.find((statement) => statement.id === 'us-blinken-calls')!
const eu = statements.find((statement) => statement.id === 'european-union-condemnation')!

// Expected strings written out and checked by hand against each style's pattern for a news
// article and a data set.
test('APA', () => {
  expect(citeView(context).APA).toBe(
    'Daily Sabah. (2023, September 20). Azerbaijan says cease-fire achieved with separatists in Karabakh. Azerbaijan in Focus. Diplomatic reactions tracker. (2026). Reactions to Azerbaijan’s September 2023 operation in Karabakh (Version 2026-11-27.1) [Data set]. Retrieved November 27, 2026, from https://tracker.example/?compare=united-states,turkiye',
  )
  expect(citeStatement(context, blinken, 'United States').APA).toBe(
    'Antony Blinken (U.S. Secretary of State), United States, “immediately cease military actions”. Daily Sabah. (2023, September 20). Azerbaijan says cease-fire achieved with separatists in Karabakh. Azerbaijan in Focus. Diplomatic reactions tracker. (2026). Reactions to Azerbaijan’s September 2023 operation in Karabakh (Version 2026-11-27.1) [Data set]. Retrieved November 27, 2026, from https://tracker.example/?compare=united-states,turkiye',
  )
})

test('MLA', () => {
  expect(citeView(context).MLA).toBe(
    '“Azerbaijan says cease-fire achieved with separatists in Karabakh.” Daily Sabah, via Azerbaijan in Focus, 20 Sept. 2023. Diplomatic reactions tracker. Reactions to Azerbaijan’s September 2023 operation in Karabakh, version 2026-11-27.1, 2026, https://tracker.example/?compare=united-states,turkiye. Accessed 27 Nov. 2026.',
  )
})

test('Chicago', () => {
  expect(citeView(context).Chicago).toBe(
    'Daily Sabah. “Azerbaijan says cease-fire achieved with separatists in Karabakh.” Azerbaijan in Focus, September 20, 2023. Diplomatic reactions tracker. “Reactions to Azerbaijan’s September 2023 operation in Karabakh.” Dataset version 2026-11-27.1, 2026. https://tracker.example/?compare=united-states,turkiye (accessed November 27, 2026).',
  )
})

test('BibTeX', () => {
  expect(citeStatement(context, blinken, 'United States').BibTeX).toBe(
    [
      '@misc{reactions-us-blinken-calls,',
      '  author = {{Diplomatic reactions tracker}},',
      '  title = {Antony Blinken (U.S. Secretary of State), United States: “immediately cease military actions”},',
      '  howpublished = {Daily Sabah via Azerbaijan in Focus, “Azerbaijan says cease-fire achieved with separatists in Karabakh”, 2023-09-20},',
      '  note = {Dataset version 2026-11-27.1},',
      '  year = {2026},',
      '  url = {https://tracker.example/?compare=united-states,turkiye},',
      '  urldate = {2026-11-27}',
      '}',
    ].join('\n'),
  )
})

test('a paraphrased statement is cited as reported, never as a quote of the actor', () => {
  expect(citeStatement(context, eu, 'European Union').MLA).toMatch(
    /^European Union, reported as “the European Union, France and Germany condemned Azerbaijan’s military action\.”\. /,
  )
})
