import { expect, test } from 'vitest'
import { extractDrafts } from '../../src/lib/workspace/extract'
import { norvaniaEvent } from './norvania-fixtures'

// Fictional sentences about Norvania, a made-up state that closed its border with Velmora, another;
// written for these tests. The reacting actors are real, what they say here is invented. Each test
// holds one rule of the stance a statement takes towards the initiator and its action
// (docs/drafts.md, "Stance").
const actors = [
  { id: 'norvania', name: 'Norvania', aliases: ['Norvanian'] },
  { id: 'velmora', name: 'Velmora', aliases: ['Velmoran'] },
]
const drafted = (text: string) =>
  extractDrafts(text, { event: norvaniaEvent, actors }).map(({ actorId, stance }) => [
    actorId,
    stance,
  ])

test('a call on a person the source tied to the initiator is a call on the initiator', () => {
  expect(
    drafted(
      'President Dag Orrell of Norvania ordered the closure. Sweden urged President Orrell to reopen the crossing.',
    ),
  ).toEqual([['sweden', 'urges-halt']])
})

test('a quoted word of feeling still reads with the words after its closing mark', () => {
  expect(
    drafted(
      'Canada is “alarmed” by the closure, a Canadian spokesperson said, calling for the release of the detained drivers.',
    ),
  ).toEqual([['canada', 'urges-halt']])
})

test('a hope for dialogue is a call that singles out no one', () => {
  expect(
    drafted('Mexico said it respected Norvania’s sovereignty and hoped for “dialogue”.'),
  ).toEqual([['mexico', 'calls-on-all-sides']])
})

test('acting within one’s powers, or the right of the initiator to act, supports it', () => {
  expect(
    drafted('Belarus said President Dag Orrell of Norvania had acted “within his powers”.'),
  ).toEqual([['belarus', 'supports']])
  expect(
    drafted(
      'Belarus (@BelarusMFA) · 10:00\n\nMinsk respects the sovereign right of Norvania to guard its border, and rejects attempts to politicise it.',
    ),
  ).toEqual([['belarus', 'supports']])
})

test('“must” or “should” with no one addressed is a call on all sides', () => {
  expect(
    drafted('As the Secretary-General told us, “the valley must not become a battlefield.”'),
  ).toEqual([['united-nations', 'calls-on-all-sides']])
})

test('a reiterated opposition to the action is criticism of it', () => {
  expect(drafted('Ireland reiterates its firm opposition to the border closure.')).toEqual([
    ['ireland', 'urges-halt'],
  ])
})

test('“the project” or “the plan” is the initiator’s act', () => {
  expect(drafted('Ethiopia has backed the project, calling it lawful.')).toEqual([
    ['ethiopia', 'supports'],
  ])
})

test('blaming the side the action was taken against takes the initiator’s part', () => {
  expect(
    drafted('A Kremlin spokesperson accused Velmora of provoking the crisis at the crossing.'),
  ).toEqual([['russia', 'supports']])
})

test('states aligning with a declaration take its author’s strongest stance', () => {
  const declaration =
    'Declaration by the High Representative on behalf of the EU on the border closure\n\nThe European Union condemns the closure of the border by Norvania.\n\nThe EU calls on all sides to keep talking.\n\nThe candidate countries Albania and Montenegro align themselves with this declaration.'
  expect(drafted(declaration)).toEqual([
    ['european-union', 'condemns'],
    ['european-union', 'calls-on-all-sides'],
    ['albania', 'condemns'],
    ['montenegro', 'condemns'],
  ])
})

test('agreeing on the need for calm is a call on all sides', () => {
  expect(drafted('Japan agreed on the need for calm at the crossing.')).toEqual([
    ['japan', 'calls-on-all-sides'],
  ])
})
