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
  ].join('\n\n')
  expect(speakersOf(page, 'We urge Norvania')).toEqual(['finland'])
  // A post with no reporting verb is still its account's words.
  expect(speakersOf(page, 'Families separated')).toEqual(['switzerland'])
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
})
