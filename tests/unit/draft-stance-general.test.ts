import { expect, test } from 'vitest'
import { extractDrafts } from '../../src/lib/workspace/extract'

// Fictional sentences about Quarnia, a made-up state whose military council suspended a water
// treaty with Ostmark, another; written for these tests. The reacting actors are real, what they
// say here is invented. Each test holds one general rule of how English reporting takes a stance
// towards the initiator and its action (docs/drafts.md, "What the sixth set missed: stances").
const event = {
  initiator: { actorId: 'quarnia', name: 'the Quarnian military council' },
  action: { short: 'the suspension', full: 'the suspension of the Tavel water treaty' },
  parties: ['quarnia', 'ostmark'],
}
const actors = [
  { id: 'quarnia', name: 'Quarnia', aliases: ['Quarnian'] },
  { id: 'ostmark', name: 'Ostmark', aliases: ['Ostmarker'] },
]
const drafted = (text: string) =>
  extractDrafts(text, { event, actors }).map(({ actorId, stance }) => [actorId, stance])

test('quotation marks take nothing from the evaluation inside them', () => {
  expect(drafted('Peru said Quarnia had every right ‘to manage its own rivers’.')).toEqual([
    ['peru', 'supports'],
  ])
  expect(
    drafted('Chile says it considers the suspension « a flagrant violation » of the treaty.'),
  ).toEqual([['chile', 'condemns']])
})

test('saying an act violates the law or naming it a crime condemns it', () => {
  expect(drafted('Ecuador said the suspension had “no legal basis”.')).toEqual([
    ['ecuador', 'condemns'],
  ])
  expect(drafted('Bolivia described the suspension as collective punishment.')).toEqual([
    ['bolivia', 'condemns'],
  ])
  expect(drafted('Norway said the suspension was null and void.')).toEqual([['norway', 'condemns']])
  expect(drafted('Tunisia said the suspension had no basis in international law.')).toEqual([
    ['tunisia', 'condemns'],
  ])
  expect(drafted('Spain said the suspension violates international law.')).toEqual([
    ['spain', 'condemns'],
  ])
  expect(drafted('Norway called the suspension an act of piracy.')).toEqual([
    ['norway', 'condemns'],
  ])
})

test('justifying the act supports it: self-defence, a sovereign decision, respect for it', () => {
  expect(drafted('Serbia said Quarnia was defending its water supply.')).toEqual([
    ['serbia', 'supports'],
  ])
  expect(drafted('Cuba says the suspension was Quarnia’s sovereign decision.')).toEqual([
    ['cuba', 'supports'],
  ])
  expect(drafted('Belarus said it understands and respects the council’s decision.')).toEqual([
    ['belarus', 'supports'],
  ])
  expect(drafted('Iran said Quarnia had been forced to act.')).toEqual([['iran', 'supports']])
  expect(drafted('Laos said the council had acted in line with the constitution.')).toEqual([
    ['laos', 'supports'],
  ])
})

test('opposing the act, or calling it counterproductive or destabilising, criticises it', () => {
  expect(drafted('China said it opposes the suspension.')).toEqual([['china', 'urges-halt']])
  expect(drafted('Greece said the suspension was counterproductive.')).toEqual([
    ['greece', 'urges-halt'],
  ])
  expect(drafted('Malta warned that the suspension could destabilise the region.')).toEqual([
    ['malta', 'urges-halt'],
  ])
  expect(drafted('Chad said the suspension undermines years of cooperation.')).toEqual([
    ['chad', 'urges-halt'],
  ])
  expect(drafted('Iceland said the suspension posed a threat to regional stability.')).toEqual([
    ['iceland', 'urges-halt'],
  ])
  expect(drafted('Poland said the suspension would not be tolerated.')).toEqual([
    ['poland', 'urges-halt'],
  ])
})

test('a negated justification or refused acceptance criticises the act', () => {
  expect(drafted('Ireland said the suspension was not justified.')).toEqual([
    ['ireland', 'urges-halt'],
  ])
  expect(drafted('Austria does not accept the suspension.')).toEqual([['austria', 'urges-halt']])
  expect(drafted('Finland refused to recognise the suspension.')).toEqual([
    ['finland', 'urges-halt'],
  ])
  // Declining to back something else takes no stance.
  expect(drafted('Austria does not support sanctions.')).toEqual([['austria', null]])
})

test('criticism of pressure on the initiator takes its part', () => {
  expect(drafted('Brazil said attempts by Ostmark to isolate Quarnia were unacceptable.')).toEqual([
    ['brazil', 'supports'],
  ])
  expect(drafted('India rejected what it called a rush to blame Quarnia.')).toEqual([
    ['india', 'supports'],
  ])
  expect(drafted('Laos dismissed the accusations against Quarnia.')).toEqual([['laos', 'supports']])
  expect(
    drafted('Russia said outsiders had no business interfering in Quarnia’s affairs.'),
  ).toEqual([['russia', 'supports']])
  // Others' criticism, the subject of the speaker's words, is not the speaker's.
  expect(drafted('Belarus said Western criticism of Quarnia was hypocritical.')).toEqual([
    ['belarus', 'supports'],
  ])
})

test('a stance on the action outweighs concern that blames no one in the same words', () => {
  expect(
    drafted('Kenya said the protests were dangerous and that Quarnia had every right to act.'),
  ).toEqual([['kenya', 'supports']])
})

test('a feeling is about the words after it, not the whole sentence', () => {
  expect(drafted('Oman is concerned that the situation may deteriorate further.')).toEqual([
    ['oman', 'calls-on-all-sides'],
  ])
  expect(
    drafted('Mexico said it was watching the region with concern, a week after Quarnia acted.'),
  ).toEqual([['mexico', 'calls-on-all-sides']])
})

test('an evaluation still counts after a verb in the same words that takes no stance', () => {
  expect(
    drafted('Britain wrote that the suspension was ‘reckless’ and that it ‘stands with Ostmark’.'),
  ).toEqual([['united-kingdom', 'urges-halt']])
})

test('words that criticise the act and condemn it condemn it', () => {
  expect(drafted('Canada said the suspension was disproportionate and illegal.')).toEqual([
    ['canada', 'condemns'],
  ])
  expect(
    drafted('Japan cannot accept the suspension, which runs counter to international law.'),
  ).toEqual([['japan', 'condemns']])
})

test('a call on the government or the leaders of the initiator is a call on the initiator', () => {
  expect(drafted('Italy urged the Government of Quarnia to explain the suspension.')).toEqual([
    ['italy', 'urges-halt'],
  ])
})

test('a call on the bodies of both parties is a call on all sides', () => {
  expect(
    drafted('Cyprus urged the authorities of Ostmark and of Quarnia to exercise restraint.'),
  ).toEqual([['cyprus', 'calls-on-all-sides']])
  expect(drafted('Cyprus urged Ostmark to stop shelling Quarnia.')).toEqual([['cyprus', null]])
})

test('an initiator named by a description is called on by its common words or its head noun', () => {
  expect(drafted('Poland called on the military council to resume water deliveries.')).toEqual([
    ['poland', 'urges-halt'],
  ])
  expect(drafted('Latvia called on the council to resume water deliveries.')).toEqual([
    ['latvia', 'urges-halt'],
  ])
})

test('what the initiator must do is asked of it, though the words speak of the law', () => {
  expect(drafted('Portugal said Quarnia must respect international humanitarian law.')).toEqual([
    ['portugal', 'urges-halt'],
  ])
  expect(drafted('Portugal said that any settlement must be negotiated.')).toEqual([
    ['portugal', 'calls-on-all-sides'],
  ])
  expect(drafted('Monaco said both the council and Ostmark must protect civilians.')).toEqual([
    ['monaco', 'calls-on-all-sides'],
  ])
})

test('a warning to the initiator against something is a call on it', () => {
  expect(drafted('Estonia warned Quarnia against further escalation.')).toEqual([
    ['estonia', 'urges-halt'],
  ])
  expect(drafted('Estonia warned Ostmark against any retaliation.')).toEqual([['estonia', null]])
})

test('a call for the act’s end is a call on the initiator, though it names no one', () => {
  expect(drafted('Denmark called for an end to the suspension.')).toEqual([
    ['denmark', 'urges-halt'],
  ])
  expect(drafted('Denmark called for the suspension to be lifted.')).toEqual([
    ['denmark', 'urges-halt'],
  ])
  expect(drafted('Denmark called for an end to the fighting.')).toEqual([
    ['denmark', 'calls-on-all-sides'],
  ])
})

test('saying that dialogue is the way forward speaks to all sides', () => {
  expect(drafted('Egypt said dialogue was the only way forward.')).toEqual([
    ['egypt', 'calls-on-all-sides'],
  ])
  expect(
    drafted('Thailand expressed hope that the dispute would be resolved through dialogue.'),
  ).toEqual([['thailand', 'calls-on-all-sides']])
})

test('an offer, or welcoming the act undone, takes no stance', () => {
  expect(drafted('Turkey offered to host talks between the two sides.')).toEqual([
    ['turkiye', null],
  ])
  expect(drafted('Peru welcomed the decision by Quarnia to lift the suspension.')).toEqual([
    ['peru', null],
  ])
})

test('a call on all the political actors of a country is a call on all sides', () => {
  expect(
    drafted('Senegal called on all Quarnian political and civic actors to show restraint.'),
  ).toEqual([['senegal', 'calls-on-all-sides']])
})

test('a call to undo the act, made on no one by name, is made on the initiator', () => {
  expect(drafted('Chile urged the authorities to lift the suspension.')).toEqual([
    ['chile', 'urges-halt'],
  ])
  expect(drafted('Ghana demanded the immediate release of the detained engineers.')).toEqual([
    ['ghana', 'urges-halt'],
  ])
})

test('advice to the speaker’s own citizens is a consular note and takes no stance', () => {
  expect(drafted('Japan urged its citizens to leave Quarnia at once.')).toEqual([['japan', null]])
  expect(drafted('Italy advised against all travel to Quarnia.')).toEqual([['italy', null]])
})

test('states aligning with a declaration whose heading names no author take its stance', () => {
  const declaration = [
    'Quarnia: Declaration on the suspension of the Tavel treaty (fictional)',
    'The European Union condemns the suspension by Quarnia.',
    'The EU calls on all sides to keep talking.',
    'Albania and Montenegro share the views expressed in this declaration and align themselves with it.',
  ].join('\n\n')
  expect(drafted(declaration)).toEqual([
    ['european-union', 'condemns'],
    ['european-union', 'calls-on-all-sides'],
    ['albania', 'condemns'],
    ['montenegro', 'condemns'],
  ])
})

test('interference by the initiator, where it is the act, is criticised, not defended', () => {
  // A second fictional event: Quarnia's interference in Ostmark's elections.
  const interference = {
    ...event,
    action: { short: 'the interference', full: 'the interference in the Ostmarker elections' },
  }
  const read = (text: string) =>
    extractDrafts(text, { event: interference, actors }).map(({ actorId, stance }) => [
      actorId,
      stance,
    ])
  expect(read('Finland said the interference in Ostmark’s elections was unacceptable.')).toEqual([
    ['finland', 'urges-halt'],
  ])
})

test('an act done to the initiator, or by another actor, is not the initiator’s act', () => {
  expect(drafted('Belarus condemned the drone attack on Quarnia.')).toEqual([['belarus', null]])
  expect(drafted('Belarus condemned the shelling by Ostmark.')).toEqual([['belarus', null]])
  expect(drafted('Spain condemned the attack on Ostmark.')).toEqual([['spain', 'condemns']])
  expect(drafted('Spain condemned the strikes by Quarnia.')).toEqual([['spain', 'condemns']])
})
