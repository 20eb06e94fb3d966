import { expect, test } from 'vitest'
import { extractDrafts, type DraftOptions } from '../../src/lib/workspace/extract'
import { workspaceActor } from '../../src/lib/workspace/new-actor'
import { norvaniaEvent } from './norvania-fixtures'

// Fictional sentences about Norvania, a made-up state, written for these tests; the reacting
// actors are real, what they say here is invented.
const event = { event: norvaniaEvent, actors: [{ id: 'norvania', name: 'Norvania' }] }
const drafted = (text: string, options: DraftOptions = event) =>
  extractDrafts(text, options).map(({ actorId, stance }) => [actorId, stance])

test.each([
  ['A Kremlin spokesperson said Moscow was watching.', 'russia'],
  ['The White House said it was watching.', 'united-states'],
  ['The Holy See appealed for calm.', 'holy-see'],
  ['Downing Street said it was watching.', 'united-kingdom'],
  ['The Élysée said it was watching.', 'france'],
  ['The Quai d’Orsay said it was watching.', 'france'],
  ['The Secretary-General urged restraint.', 'united-nations'],
  ['The NATO Secretary-General urged restraint.', 'nato'],
  ['The High Representative said the EU was watching.', 'european-union'],
  ['The German Foreign Office said it was watching.', 'germany'],
  ['The State Department said it was watching.', 'united-states'],
])('“%s” is drafted for %s', (text, actorId) => {
  expect(drafted(text).map(([id]) => id)).toEqual([actorId])
})

test('Brussels is the EU’s unless the source speaks of Belgium', () => {
  expect(drafted('Brussels urged Norvania to reopen the border.')).toEqual([
    ['european-union', 'urges-halt'],
  ])
  expect(
    drafted('Belgian ministers met. Brussels urged Norvania to reopen the border.').map(
      ([id]) => id,
    ),
  ).toEqual(['belgium'])
})

test('a press release speaks in the first person for the ministry in its heading', () => {
  const release =
    'Ministry of Foreign Affairs of Japan\nStatement on Norvania (fictional)\n\nWe are deeply concerned by the closure of the border. We call on all parties to show restraint.'
  expect(drafted(release)).toEqual([
    ['japan', 'urges-halt'],
    ['japan', 'calls-on-all-sides'],
  ])
  // Without such a heading, "we" is nobody the drafts can name.
  expect(drafted('We call on all parties to show restraint.')).toEqual([])
})

test('an actor added for the event speaks, and a pronoun speaks for the last one titled', () => {
  const readout =
    'The Secretary-General spoke with the leader of Norvania, who assured him the closure was temporary. He urged Norvania to reopen the crossing.'
  expect(drafted(readout)).toEqual([
    ['norvania', null],
    ['united-nations', 'urges-halt'],
  ])
})

test('objects and names inside quotation marks are not speakers', () => {
  expect(
    drafted('Norvania’s president thanked Azerbaijan and Pakistan for their support.'),
  ).toEqual([['norvania', null]])
  expect(
    drafted('"We stand with Azerbaijan and with Pakistan," the foreign ministry of Chile said.'),
  ).toEqual([['chile', null]])
})

test('a call on a third actor takes no stance; thanks take none; a party’s demand takes none', () => {
  expect(drafted('Armenia called on Russian peacekeepers to protect civilians.')).toEqual([
    ['armenia', null],
  ])
  expect(drafted('Kazakhstan thanked Norvania for reopening the crossing.')).toEqual([
    ['kazakhstan', null],
  ])
  expect(drafted('Norvania demanded that Velmora withdraw.')).toEqual([['norvania', null]])
})

test('a stance reads against the event’s action: condemned, deplored, welcomed, concerned', () => {
  expect(drafted('Spain condemned the closure.')).toEqual([['spain', 'condemns']])
  expect(drafted('Italy deplored the border closure.')).toEqual([['italy', 'urges-halt']])
  expect(drafted('Hungary welcomed Norvania’s decision.')).toEqual([['hungary', 'supports']])
  expect(drafted('India voiced concern about the escalation.')).toEqual([
    ['india', 'calls-on-all-sides'],
  ])
  expect(drafted('Mexico welcomed the talks in Geneva.')).toEqual([['mexico', null]])
})

test('a speaker named in one sentence speaks the quotation of the next', () => {
  const text = 'Germany’s foreign minister said on Tuesday:\n“Norvania must reopen the border now.”'
  const [draft] = extractDrafts(text, event)
  expect(draft).toMatchObject({
    actorId: 'germany',
    stance: 'urges-halt',
    textKind: 'quote',
    quotes: [{ text: 'Norvania must reopen the border now.' }],
  })
  expect(draft?.passage.text).toBe(text)
})

test('a relayed act is the actor’s whose act it is; a passive’s agent speaks', () => {
  expect(
    drafted(
      'The State Department said that Norvania “expressed readiness” to reopen the crossing.',
    ),
  ).toEqual([['norvania', null]])
  expect(drafted('The closure was condemned by France and Germany.')).toEqual([
    ['france', 'condemns'],
    ['germany', 'condemns'],
  ])
})

test('every suggestion says which words led to it', () => {
  const [draft] = extractDrafts('Italy deplored the border closure.', event)
  expect(draft?.reason).toContain('“deplored”')
  expect(draft?.reason).toContain('“the border closure”')
})

test('an actor added for the event speaks by the other names the analyst gave it', () => {
  const actor = workspaceActor(
    'velmar-administration',
    {
      name: 'Velmar administration',
      kind: 'non-state-actor',
      otherNames: 'the separatists, de facto authorities',
    },
    1000,
  )
  expect(actor.otherNames).toEqual(['the separatists', 'de facto authorities'])
  const text = 'The de facto authorities said they would hold the vote anyway.'
  const options = {
    event: norvaniaEvent,
    actors: [{ id: actor.id, name: actor.name, aliases: actor.otherNames }],
  }
  expect(drafted(text, options)).toEqual([['velmar-administration', null]])
  expect(drafted(text)).toEqual([])
})

test('a draft names a person as its speaker, never a seat or a body', () => {
  const [kremlin] = extractDrafts('The Kremlin said it was watching.', event)
  expect(kremlin?.speaker).toBeNull()
  const [chile] = extractDrafts('Chile’s minister Ana Example said it was watching.', event)
  expect(chile?.speaker).toBe('Ana Example')
})
