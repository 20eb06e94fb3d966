import { expect, test } from 'vitest'
import { extractDrafts } from '../../src/lib/workspace/extract'
import { norvaniaEvent } from './norvania-fixtures'

// Fictional sentences about Norvania, a made-up state that closed its border with Velmora, another;
// written for these tests. The reacting actors are real, what they say here is invented. Each test
// holds one rule of who speaks in English reporting (docs/drafts.md, "How a draft is found").
const actors = [
  { id: 'norvania', name: 'Norvania', aliases: ['Norvanian'] },
  { id: 'velmora', name: 'Velmora', aliases: ['Velmoran', 'the government in exile'] },
]
const drafted = (text: string) =>
  extractDrafts(text, { event: norvaniaEvent, actors }).map(({ actorId, stance }) => [
    actorId,
    stance,
  ])
const speakers = (text: string) => drafted(text).map(([id]) => id)

test('a post under a header of its own line is the account’s, whatever verb it has', () => {
  const posts =
    'Ministry of Foreign Affairs of Chile (@Minrel_Chile) · 09:10\n\nThe closure of the border hurts families on both sides.\n\nUNICEF (@UNICEF) · 09:40\n\nWe thank Norway for the blankets sent to the crossing.'
  expect(speakers(posts)).toEqual(['chile', 'unicef'])
})

test('a person named by title and surname before “of” and an actor is that actor’s', () => {
  const report =
    'President Ilo Varsk of Velmora spoke to reporters at the crossing. Later, Varsk said the closure had cut off the valley.'
  expect(speakers(report)).toEqual(['velmora'])
})

test('a person named after an actor’s title and a comma is that actor’s', () => {
  const report =
    'Kenya pressed the Norvanian foreign minister, Dag Orrell, to reopen the crossing. Mr Orrell told Kenya that the closure was temporary.'
  expect(speakers(report)).toEqual(['kenya', 'norvania'])
})

test('“they” right after a sentence saying two actors talked is both of them', () => {
  const readout =
    'The Secretary-General spoke with the Chairperson of the African Union Commission. They agreed on the need for talks on the crossing.'
  expect(speakers(readout)).toEqual(['united-nations', 'african-union'])
})

test('a plain title right after a sentence an actor opens speaks for that actor', () => {
  const wire =
    'Italy condemned the closure. Beijing, which trades with both, was more cautious. “Neighbours should talk,” a foreign ministry spokesperson told a briefing.'
  expect(speakers(wire)).toEqual(['italy', 'china'])
})

test('unnamed analysts and diplomats speak for no actor, even in a capital', () => {
  expect(speakers('Analysts in Nairobi said the closure was planned for months.')).toEqual([])
  expect(speakers('Diplomats in Addis Ababa say a compromise is being discussed.')).toEqual([])
})

test('a verb negated or saying nothing reports no statement', () => {
  expect(speakers('Paris, the former colonial power, has said nothing in public.')).toEqual([])
  expect(speakers('No ministry or official said a word about the closure.')).toEqual([])
})

test('a participle after a noun is no verb of its own', () => {
  const live =
    'Velmora’s president, Ana Sorvik, went to the crossing. In a video posted on Telegram, she said the border would reopen.'
  expect(speakers(live)).toEqual(['velmora'])
})

test('a verb in a relative clause that describes the noun before it reports no act', () => {
  expect(
    speakers(
      'Under the 1998 treaty, which this Council endorsed in 2001, Norvania and Velmora keep the crossing open.',
    ),
  ).toEqual([])
  expect(speakers('The herders graze land that both Norvania and Velmora claim.')).toEqual([])
})

test('thanks for a briefing are a meeting’s courtesy, not a statement', () => {
  const speech =
    'Statement by the Permanent Representative of Ghana to the United Nations\n\nI thank the Under-Secretary-General for her briefing.'
  expect(speakers(speech)).toEqual([])
})

test('“We, the ministers of A, B and C,” speak as each of the three', () => {
  expect(
    speakers(
      'We, the foreign ministers of Chile, Peru and Ecuador, condemn the closure of the border.',
    ),
  ).toEqual(['chile', 'peru', 'ecuador'])
})

test('a subject after “while” starts a clause of its own, after any comma', () => {
  expect(
    drafted(
      'Brussels urged Norvania to reopen the crossing, while ASEAN foreign ministers, in a statement issued by the chair, said they were concerned and called on all parties to keep talking.',
    ),
  ).toEqual([
    ['european-union', 'urges-halt'],
    ['asean', 'calls-on-all-sides'],
  ])
})

test('a list of speakers holds names with words before them, never words after them', () => {
  expect(speakers('NATO has urged Norvania to stop, and Türkiye has offered to mediate.')).toEqual([
    'nato',
    'turkiye',
  ])
  expect(
    speakers('The EFTA countries Iceland and Norway align themselves with this statement.'),
  ).toEqual(['iceland', 'norway'])
})

test('the National Security Council speaks for the United States, not the UN', () => {
  expect(
    speakers('A National Security Council spokesperson said the closure was being watched.'),
  ).toEqual(['united-states'])
})

test('the UN refugee agency is UNHCR, and an added actor’s name without its article is it', () => {
  expect(speakers('The UN refugee agency warned that the herders could lose water.')).toEqual([
    'unhcr',
  ])
  expect(speakers('Government in exile spokesman Piet Arla said the closure was illegal.')).toEqual(
    ['velmora'],
  )
})
