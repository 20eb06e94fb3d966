import { expect, test } from 'vitest'
import { extractDrafts } from '../../src/lib/workspace/extract'
import { norvaniaEvent } from './norvania-fixtures'

// Fictional sentences about Norvania, a made-up state that closed its border with Velmora, another;
// written for these tests. The reacting actors are real, what they say here is invented.
const actors = [
  { id: 'norvania', name: 'Norvania' },
  { id: 'velmora', name: 'Velmora (the government in exile)' },
]
const drafted = (text: string) =>
  extractDrafts(text, { event: norvaniaEvent, actors }).map(({ actorId, stance }) => [
    actorId,
    stance,
  ])

test('“the Minister” is the actor an earlier sentence gave that title, not the readout’s author', () => {
  const readout =
    'Readout of the Secretary-General’s call on Norvania\n\nThe Secretary-General spoke with Velmora’s Foreign Minister. The Minister thanked the Secretary-General and asked for a meeting of the Security Council.'
  expect(drafted(readout)).toEqual([['velmora', null]])
})

test('an added actor named with a qualifier is found by its name alone', () => {
  expect(drafted('Velmora said the closure cut off its farmers.')).toEqual([['velmora', null]])
})

test('“Both” are the two actors a sentence said talked', () => {
  const readout =
    'The Secretary-General spoke by telephone with the Chairperson of the African Union Commission. Both called on all parties to refrain from violence.'
  expect(drafted(readout)).toEqual([
    ['united-nations', 'calls-on-all-sides'],
    ['african-union', 'calls-on-all-sides'],
  ])
})

test('a title after a colon speaks for the actor the clause before it names', () => {
  expect(
    drafted(
      'France said it was watching. Only Belarus has taken Norvania’s side: its foreign ministry said Norvania had acted within its rights.',
    ).map(([id]) => id),
  ).toEqual(['france', 'belarus'])
  expect(
    drafted(
      'The White House was blunter: a spokesperson called the closure a violation and urged Norvania to reopen the crossing.',
    ),
  ).toEqual([['united-states', 'urges-halt']])
})

test('diplomats nobody names speak for no actor', () => {
  expect(
    drafted('Japan said it was watching. Diplomats say a resolution is unlikely.').map(
      ([id]) => id,
    ),
  ).toEqual(['japan'])
})

test('a release whose headings name no one is the actor its opening sentence begins with', () => {
  const release =
    'Statement on the border\n\nPress release | Ministry of Foreign Affairs | No: 12/26\n\nNorway condemns the closure of the border.\n\nWe call on Norvania to reopen the crossing.'
  expect(drafted(release)).toEqual([
    ['norway', 'condemns'],
    ['norway', 'urges-halt'],
  ])
})

test('a translation in brackets belongs to the post it translates', () => {
  const post =
    'The German Foreign Office posted in German: „Wir fordern Norvanien auf, die Grenze zu öffnen.“ [We call on Norvania to open the border. The closure hurts children most.]'
  expect(drafted(post)).toEqual([['germany', 'urges-halt']])
})

test('a call on both countries is on all sides, though it names the act', () => {
  expect(
    drafted('The Secretary-General stressed that both countries must agree on the closure.'),
  ).toEqual([['united-nations', 'calls-on-all-sides']])
  expect(drafted('Ireland said to both governments: keep talking.')).toEqual([
    ['ireland', 'calls-on-all-sides'],
  ])
})

test('a call on the initiator outweighs concern that blames no one in the same sentence', () => {
  expect(
    drafted(
      'The Secretary-General said he was “gravely concerned” and demanded that Norvania reopen the crossing.',
    ),
  ).toEqual([['united-nations', 'urges-halt']])
})
