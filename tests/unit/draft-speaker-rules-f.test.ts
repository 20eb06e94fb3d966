import { expect, test } from 'vitest'
import { extractDrafts } from '../../src/lib/workspace/extract'
import { norvaniaEvent } from './norvania-fixtures'

// Fictional sentences about Norvania, a made-up state that closed its border with Velmora, another;
// written for these tests. The reacting actors are real, what they say here is invented. Each test
// holds one rule of who speaks, or of which words report, in English reporting (docs/drafts.md,
// "What the sixth set missed: speakers and passages").
const actors = [
  { id: 'norvania', name: 'Norvania', aliases: ['Norvanian'] },
  { id: 'velmora', name: 'Velmora', aliases: ['Velmoran'] },
  { id: 'velmora-herders', name: 'Velmora Herders Union', aliases: ['Herders Union'] },
]
const drafted = (text: string) =>
  extractDrafts(text, { event: norvaniaEvent, actors }).map(({ actorId, stance }) => [
    actorId,
    stance,
  ])
const speakers = (text: string) => drafted(text).map(([id]) => id)
const speakersOf = (text: string, words: string) =>
  extractDrafts(text, { event: norvaniaEvent, actors })
    .filter((draft) => draft.passage.text.includes(words))
    .map((draft) => draft.actorId)

test('a plural that takes up the last list of speakers is each of them', () => {
  const joint =
    'Chile, Peru and Ecuador condemned the closure of the crossing. The three governments urge Norvania to reopen it. They thank Brazil for its offer to host talks.'
  expect(speakersOf(joint, 'The three governments')).toEqual(['chile', 'peru', 'ecuador'])
  expect(speakersOf(joint, 'They thank')).toEqual(['chile', 'peru', 'ecuador'])
})

test('a joint document’s “they” is its signatories, after one of them spoke alone', () => {
  const joint =
    'Joint statement by Iceland, Ireland and Malta on the closure of the Velmora crossing\n\nThe closure cuts herders off from their wells. The Irish minister added: “The crossing must reopen.” They thank Brazil for its offer to host talks.'
  expect(speakersOf(joint, 'They thank')).toEqual(['iceland', 'ireland', 'malta'])
})

test('a form after an article and a describing word is a noun, not a verb', () => {
  expect(speakers('Kenya thanked Ghana and Senegal for the generous support.')).toEqual(['kenya'])
  expect(speakers('Peru recalled the repeated call of Chile for talks.')).toEqual([])
})

test('a verb in a relative clause with no “that” describes the noun before it', () => {
  expect(
    speakers('Norway thanked Denmark and Finland for the help they have offered to the herders.'),
  ).toEqual(['norway'])
})

test('a relative clause after a preposition reports, for the actor named last before it', () => {
  const release =
    'Ministry of Foreign Affairs of Chile\n\nThe Minister received a letter from the Foreign Minister of Peru, in which he urged Norvania to reopen the crossing.'
  expect(speakers(release)).toEqual(['peru'])
  expect(
    speakers(
      'Chile noted the communiqué issued by the Herders Union, in which the union demanded compensation.',
    ),
  ).toEqual(['velmora-herders'])
})

test('of an added actor’s names, the longest is the one named', () => {
  expect(speakers('The Velmora Herders Union said its members could not reach the wells.')).toEqual(
    ['velmora-herders'],
  )
})

test('wire copy’s names for UN agencies name the agency; the Human Rights Council is the UN’s', () => {
  expect(speakers('The UN human rights office said the closure broke the law.')).toEqual(['ohchr'])
  expect(speakers('The UN children’s agency warned that schools had closed.')).toEqual(['unicef'])
  expect(speakers('The UN Human Rights Council said it would debate the closure.')).toEqual([
    'united-nations',
  ])
})

test('pledges of readiness, sympathy, reminders and reports are statements', () => {
  expect(speakers('Austria stands ready to host talks between the two capitals.')).toEqual([
    'austria',
  ])
  expect(speakers('Portugal is ready to send mediators to the crossing.')).toEqual(['portugal'])
  expect(
    speakers(
      'Press release of the Ministry of Foreign Affairs of Estonia\n\nOur thoughts are with the families cut off by the closure.',
    ),
  ).toEqual(['estonia'])
  expect(speakers('Mexico reminded both governments that the crossing is shared.')).toEqual([
    'mexico',
  ])
  expect(speakers('The UN refugee agency reported that 4,000 herders had crossed.')).toEqual([
    'unhcr',
  ])
})

test('what an actor goes on doing is reported: “will continue to stand by …”', () => {
  expect(speakers('Japan will continue to support the families at the crossing.')).toEqual([
    'japan',
  ])
})

test('a release whose heading names no actor is its opening sentence’s, adverb and all', () => {
  const release =
    'Press release | Department of Foreign Affairs\n\nIreland strongly regrets the closure of the Velmora crossing.\n\nWe call on Norvania to reopen it.'
  expect(speakers(release)).toEqual(['ireland', 'ireland'])
})

test('a heading’s topic before a colon is no author; “on behalf of” names one', () => {
  const declaration =
    'Velmora: Statement by the Spokesperson on behalf of the African Union on the border closure\n\nWe urge Norvania to reopen the crossing.'
  expect(speakers(declaration)).toEqual(['african-union'])
})

test('a role set off by commas ends no list of speakers', () => {
  expect(
    speakers(
      'Norway and Iceland, as members of the EEA, Albania, as a candidate country, and Moldova align themselves with this declaration.',
    ),
  ).toEqual(['norway', 'iceland', 'albania', 'moldova'])
})

test('states that share the views of a declaration take the stance of its author', () => {
  const declaration =
    'Declaration by the High Representative on behalf of the European Union on the border closure\n\nThe European Union condemns the closure of the crossing by Norvania.\n\nMontenegro and Serbia share the views expressed in this declaration.'
  expect(drafted(declaration).at(-1)).toEqual(['serbia', 'condemns'])
})

test('an adverb between a subject and its verb is neither', () => {
  const release =
    'Ministry of Foreign Affairs of Latvia\n\nLatvia condemns the closure.\n\nWe equally urge Velmora to keep its side of the crossing calm.'
  expect(speakers(release)).toEqual(['latvia', 'latvia'])
})

test('the head of an office nobody names speaks for the document’s author', () => {
  const release =
    'Ministry of Foreign Affairs of Finland\n\nThe Head of the Political Directorate urged Norvania to reopen the crossing.'
  expect(speakers(release)).toEqual(['finland'])
})

test('a passive’s agent speaks, with an adverb before the verb', () => {
  expect(speakers('The closure was also condemned by Slovenia.')).toEqual(['slovenia'])
})

test('“whose” and the words after it take up the actor before them', () => {
  expect(
    speakers('The closure drew criticism from Greece, whose foreign ministry called it reckless.'),
  ).toEqual(['greece'])
})

test('an initial’s full stop ends no sentence', () => {
  expect(
    speakers('Asked about the border, Indian Foreign Minister S. Varma said it must reopen.'),
  ).toEqual(['india'])
})

test('a participle opening the sentence is done to its subject, who then speaks', () => {
  const report =
    'Chile’s foreign minister, Ana Ruiz, visited the crossing. Asked about the closure, she said talks must resume.'
  expect(speakersOf(report, 'Asked')).toEqual(['chile'])
})

test('what an actor hastens to do it does: “was quick to condemn”', () => {
  expect(speakers('Croatia was quick to condemn the closure of the crossing.')).toEqual(['croatia'])
})

test('“its” or “their” before a title is the actor the sentence named before it', () => {
  expect(
    speakers('For Slovakia, the closure is “a step backwards”, its foreign minister said.'),
  ).toEqual(['slovakia'])
})

test('a round-up line headed by an actor’s name and a dash gives it the line’s titles', () => {
  const roundup =
    'Reactions to the closure\n\nRomania — The foreign ministry called the closure “a step backwards”.\n\nSeren City, Velmora — Herders waited at the gate.'
  expect(speakers(roundup)).toEqual(['romania'])
})

test('a title in a clause on a place speaks for the place’s state', () => {
  expect(
    speakers(
      'The closure was welcomed in Minsk, where the foreign ministry called it “a sovereign decision”.',
    ),
  ).toEqual(['belarus'])
})

test('watching “with concern” is a statement, and the European Parliament speaks for the EU', () => {
  expect(
    speakers('The Secretary-General is following with great concern the closure of the crossing.'),
  ).toEqual(['united-nations'])
  expect(speakers('The European Parliament condemned the closure.')).toEqual(['european-union'])
})

test('one diplomat nobody names speaks for no one, whose diplomat they are', () => {
  expect(speakers('A senior EU diplomat said the member states were divided.')).toEqual([])
})

test('a passive’s agents listed after a comma speak: “…, including by A and B”', () => {
  expect(
    speakers('The closure has been widely condemned, including by Sweden and Finland.'),
  ).toEqual(['sweden', 'finland'])
})

test('what an actor may do, or would do if, is no act; crowds speak for no one', () => {
  expect(speakers('Norway may condemn the closure at the summit.')).toEqual([])
  expect(speakers('If Norway condemns the closure, Velmora will be pleased.')).toEqual([])
  expect(speakers('Protesters in Santiago condemned the closure.')).toEqual([])
})

test('an echo of another’s call is a statement of the one echoing', () => {
  expect(speakers('Chile’s call for talks was echoed by Uruguay.')).toEqual(['uruguay'])
})

test('regarding or considering the act as something is a statement', () => {
  expect(speakers('Finland regards the closure as a grave mistake.')).toEqual(['finland'])
  expect(speakers('Slovenia considers the closure “a breach of the 2019 accord”.')).toEqual([
    'slovenia',
  ])
})

test('seats of government name their state: Itamaraty, the Kantei, the Casa Rosada', () => {
  expect(speakers('Itamaraty said the closure was regrettable.')).toEqual(['brazil'])
  expect(speakers('The Casa Rosada called for dialogue.')).toEqual(['argentina'])
})

test('troops, soldiers and police speak for no actor, a state’s or a city’s', () => {
  expect(speakers('Polish troops are ready to move to the crossing.')).toEqual([])
  expect(speakers('Police in Vilnius said the protest was peaceful.')).toEqual([])
})

test('a quotation given to a name after a dash is that actor’s', () => {
  expect(drafted('“The crossing must reopen” — Uruguay’s foreign minister.')).toEqual([
    ['uruguay', 'urges-halt'],
  ])
})

test('an inverted tag’s person takes the actor of the title after the name', () => {
  expect(
    speakers('“The crossing must reopen,” said Lina Osk, Iceland’s foreign minister, on Monday.'),
  ).toEqual(['iceland'])
})

test('a statement “from” a list of actors is each of theirs', () => {
  expect(
    speakers('A joint statement from Canada and Australia said the closure must stop.'),
  ).toEqual(['canada', 'australia'])
})

test('a post’s header gives its handle with or without brackets', () => {
  const posts =
    'Ministry of Foreign Affairs of Cyprus @CyprusMFA\n\nThe closure must be reversed.\n\nSwiss FDFA (@SwissMFA.bsky.social) · 3h\n\nThe crossing should reopen.'
  expect(speakers(posts)).toEqual(['cyprus', 'switzerland'])
})

test('a label in capitals that names an actor is its line’s author', () => {
  expect(
    speakers('MALTA: The foreign ministry condemned the closure.\n\nUK: We urge calm.'),
  ).toEqual(['malta', 'united-kingdom'])
})

test('“the bloc”, “the alliance” and “the world body” are the organisation that spoke last', () => {
  expect(
    speakers(
      'The EU said it regretted the closure. The bloc’s foreign policy chief later urged Norvania to reopen the crossing.',
    ),
  ).toEqual(['european-union', 'european-union'])
  expect(speakers('Peru condemned the closure. The alliance said it was watching.')).toEqual([
    'peru',
  ])
})
