import { expect, test } from 'vitest'
import { extractDrafts } from '../../src/lib/workspace/extract'
import { norvaniaEvent } from './norvania-fixtures'

// Fictional sentences about Norvania, a made-up state that closed its border with Velmora, another;
// written for these tests. The reacting actors are real, what they say here is invented; no real
// account posted these words. Each test holds one rule of who speaks in English reporting
// (docs/drafts.md, "What the seventh set missed: statements not found").
const actors = [
  { id: 'norvania', name: 'Norvania', aliases: ['Norvanian'] },
  { id: 'velmora', name: 'Velmora', aliases: ['Velmoran'] },
]
const drafts = (text: string) => extractDrafts(text, { event: norvaniaEvent, actors })
const speakersOf = (text: string, words: string) =>
  drafts(text)
    .filter((draft) => draft.passage.text.includes(words))
    .map((draft) => draft.actorId)

test('a signature under a post, a dash and the account’s handle, makes the post above it the account’s', () => {
  const page = [
    'Fictional posts on the closure of the Velmora crossing',
    'The closure of the crossing cuts families apart. We urge Norvania to reopen it this week.',
    '— Ministry of Foreign Affairs of Finland (@Ulkoministerio), 09:12',
    'Families separated at the crossing need our help now.',
    '— Swiss MFA (@SwissMFA) · 10:40',
    'We call on Norvania to let the families cross.',
    '– Ghana MFA @GhanaMFA May 4, 2026',
  ].join('\n\n')
  expect(speakersOf(page, 'We urge Norvania')).toEqual(['finland'])
  // A post with no reporting verb is still its account's words.
  expect(speakersOf(page, 'Families separated')).toEqual(['switzerland'])
  expect(speakersOf(page, 'let the families cross')).toEqual(['ghana'])
  // The signature itself says nothing, and heads no post under it.
  expect(speakersOf(page, '(@Ulkoministerio)')).toEqual([])
})

test('an account a post tags is spoken of, not speaking', () => {
  const page = [
    "We share @OSCE's concern about the new closure and urge the Government of Norvania to delay it.",
    '— Foreign Office of Germany (@GermanyDiplo), 11:05',
  ].join('\n\n')
  expect(speakersOf(page, 'We share')).toEqual(['germany'])
})

test('names in a list keep their footnote marks and still each speak', () => {
  const declaration =
    'The candidate countries Serbia*, Montenegro* and Albania* align themselves with this declaration.'
  expect(speakersOf(declaration, 'align themselves')).toEqual(['serbia', 'montenegro', 'albania'])
})

test('a capitalised head noun before a list of names describes them: each name speaks', () => {
  expect(
    speakersOf(
      'The Foreign Ministers of Peru, Ecuador and Bolivia urged Norvania to reopen the crossing.',
      'urged Norvania',
    ),
  ).toEqual(['peru', 'ecuador', 'bolivia'])
  expect(
    speakersOf(
      'The Governments of Ghana and Senegal condemn the closure of the crossing.',
      'condemn the closure',
    ),
  ).toEqual(['ghana', 'senegal'])
  expect(
    speakersOf(
      'The Heads of State of Kenya, Uganda and Rwanda call on Norvania to reopen the crossing.',
      'call on',
    ),
  ).toEqual(['kenya', 'uganda', 'rwanda'])
})

test('a speaker who says an actor acts, in the present, speaks as that actor in every later turn', () => {
  const debate = [
    'Member for Ashby: Will the Minister say what the Government is doing about the crossing?',
    'The Minister for Africa: Norvania closed the crossing on Monday. Ghana condemns this closure. We call on Norvania to reopen it.',
    'Member for Ashby: Norway condemned the closure within hours. Will we follow?',
    'The Minister for Africa: We stand ready to host talks that both sides accept.',
  ].join('\n\n')
  expect(speakersOf(debate, 'We call on Norvania')).toEqual(['ghana'])
  expect(speakersOf(debate, 'We stand ready')).toEqual(['ghana'])
  // The turn may open with the actor's own act.
  const hearing = [
    'Senator Hale: What is the Department doing?',
    'Secretary Moss: Ghana condemns the closure. We urge Norvania to reopen it.',
    'Senator Hale: And the families?',
    'Secretary Moss: We call on Norvania to let them cross.',
  ].join('\n\n')
  expect(speakersOf(hearing, 'We urge')).toEqual(['ghana'])
  expect(speakersOf(hearing, 'We call on')).toEqual(['ghana'])
  // The member only reports what another did: their turns speak for no one but that other.
  expect(speakersOf(debate, 'Norway condemned')).toEqual(['norway'])
})

test('a joint communiqué of several ministries, accented or plural, is its signatories’ document', () => {
  const communique =
    'Joint communiqué of the Ministries of Foreign Affairs of Peru, Ecuador and Bolivia on the closure of the Velmora crossing\n\nThe three governments urge Norvania to reopen the crossing.'
  expect(speakersOf(communique, 'The three governments')).toEqual(['peru', 'ecuador', 'bolivia'])
})

test('a pronoun after a phrase of time is the subject: “for now I advise”', () => {
  const interview =
    'Transcript: Kenya’s Foreign Minister on the closure of the Velmora crossing\n\nHost: Should Kenyans travel there?\n\nForeign Minister: Our embassy is in touch with them, and for now I advise against travel to the border.'
  expect(speakersOf(interview, 'for now I advise')).toEqual(['kenya'])
})

test('standing in solidarity, a pledge of aid and an appeal with a phrase before “for” are statements', () => {
  expect(speakersOf('Chile stands in solidarity with the people of Velmora.', 'Chile')).toEqual([
    'chile',
  ])
  expect(
    speakersOf(
      'Norway will provide a further €2 million to the families at the crossing.',
      'Norway',
    ),
  ).toEqual(['norway'])
  expect(speakersOf('Kenya has appealed once again for talks on the crossing.', 'Kenya')).toEqual([
    'kenya',
  ])
  // What an actor will do that gives nothing is no pledge.
  expect(speakersOf('Norway will provide details of its plans later.', 'Norway')).toEqual([])
})

test('an office many organisations have is the posting organisation’s own, unless a name says whose', () => {
  const page = [
    'The Secretary General calls on Norvania to reopen the crossing.',
    '— NATO (@NATO), 09:00',
    'The UN Secretary-General calls on Norvania to reopen the crossing.',
    '— NATO (@NATO), 09:30',
  ].join('\n\n')
  expect(speakersOf(page, 'The Secretary General calls')).toEqual(['nato'])
  expect(speakersOf(page, 'The UN Secretary-General')).toEqual(['united-nations'])
  // Outside an organisation's post, the office stays the United Nations'.
  expect(
    speakersOf('The Secretary-General called on Norvania to reopen the crossing.', 'called'),
  ).toEqual(['united-nations'])
})

test('a clause on a person that says what they said is their act, inside another’s account', () => {
  const briefing =
    'Asked about the crossing, the spokesperson said France had spoken with the President of Ghana, who told her that Ghana was ready to host talks.'
  expect(speakersOf(briefing, 'who told her')).toContain('ghana')
  // A clause on what a person did, not said, stays the account's and no statement of theirs.
  expect(
    speakersOf(
      'France said it had spoken with Ghana, who has offered engineers to the crossing.',
      'offered',
    ),
  ).not.toContain('ghana')
})

test('names set off by a pair of dashes right before the verb are its subject', () => {
  expect(
    speakersOf(
      'The Nordic countries — Denmark, Finland and Sweden — urged Norvania to reopen the crossing.',
      'urged',
    ),
  ).toEqual(['denmark', 'finland', 'sweden'])
  // A clause between dashes names no subject: the actor before it speaks.
  expect(
    speakersOf(
      'France — which had spoken with Germany on Monday — urged Norvania to reopen the crossing.',
      'urged',
    ),
  ).toEqual(['france'])
})
