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
})

test('a stance on the action outweighs concern that blames no one in the same words', () => {
  expect(
    drafted('Kenya said the protests were dangerous and that Quarnia had every right to act.'),
  ).toEqual([['kenya', 'supports']])
})

test('a feeling is about the words after it, not the whole sentence', () => {
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
})

test('a call on the government or the leaders of the initiator is a call on the initiator', () => {
  expect(drafted('Italy urged the Government of Quarnia to explain the suspension.')).toEqual([
    ['italy', 'urges-halt'],
  ])
})

test('an initiator named by a description is called on by its common words', () => {
  expect(drafted('Poland called on the military council to resume water deliveries.')).toEqual([
    ['poland', 'urges-halt'],
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
