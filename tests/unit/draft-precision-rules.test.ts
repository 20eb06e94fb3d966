import { expect, test } from 'vitest'
import { extractDrafts } from '../../src/lib/workspace/extract'

// Fictional sentences about Tarsk, a made-up state whose navy seized a grain convoy bound for
// Mirelle, another; written for these tests. The reacting actors are real, what they say here is
// invented. Each test holds one general rule of English reporting that keeps a draft from being
// suggested where no actor states a position, or gives the stance the words take (docs/drafts.md,
// "What the seventh set missed: wrong drafts and stances").
const event = {
  initiator: { actorId: 'tarsk', name: 'Tarsk' },
  action: { short: 'the seizure', full: 'the seizure of the Mirelle grain convoy' },
  parties: ['tarsk', 'mirelle'],
}
const actors = [
  { id: 'tarsk', name: 'Tarsk', aliases: ['Tarskian'] },
  { id: 'mirelle', name: 'Mirelle', aliases: ['Mirellan'] },
]
const drafted = (text: string) =>
  extractDrafts(text, { event, actors }).map(({ actorId, stance }) => [actorId, stance])

test('a refusal to comment or a spokesperson with nothing to add states no position', () => {
  expect(
    drafted('Brazil’s foreign ministry said it was following events and declined to comment.'),
  ).toEqual([])
  expect(drafted('A spokesman for Japan said he had nothing further to add.')).toEqual([])
  expect(drafted('Kenya said it would not comment on the convoy.')).toEqual([])
  expect(drafted('Japan’s foreign ministry said it had no immediate comment.')).toEqual([])
  expect(drafted('A spokesman for Japan said it was not in a position to comment.')).toEqual([])
  // A refusal beside a position keeps the position.
  expect(drafted('Chile condemned the seizure but declined to comment on sanctions.')).toEqual([
    ['chile', 'condemns'],
  ])
})

test('the courtesy that closes a speech is no statement', () => {
  const speech = (closing: string) =>
    drafted(
      `Statement by Ireland at the Security Council\n\nIreland condemns the seizure.\n\n${closing}`,
    )
  expect(speech('I thank you.')).toEqual([['ireland', 'condemns']])
  expect(speech('Thank you, Madam President.')).toEqual([['ireland', 'condemns']])
})

test('an expert described by a trade speaks for no state, though the place of the trade is one', () => {
  expect(
    drafted(
      '“This will not end quickly,” said Ana Ruiz, a maritime analyst at a think tank in Madrid.',
    ),
  ).toEqual([])
  expect(
    drafted(
      'Tom Hale, a professor of law at a university in Canada, said the seizure was unlawful.',
    ),
  ).toEqual([])
  expect(drafted('Ana Ruiz, a political scientist at a university in Madrid, said so.')).toEqual([])
  expect(
    drafted('Ana Ruiz, director of the Madrid Institute for Security Studies, said so.'),
  ).toEqual([])
  // Where a person no one names is posted says nothing of whom they speak for.
  expect(drafted('“This is a dangerous moment,” said a Western diplomat in Brussels.')).toEqual([])
  expect(drafted('France’s envoy in Brussels said the seizure was a mistake.')).toEqual([
    ['france', 'urges-halt'],
  ])
  // A state's own official in the same place still speaks for it.
  expect(drafted('Canada’s foreign minister said the seizure was unlawful.')).toEqual([
    ['canada', 'condemns'],
  ])
})

test('a company named after its country is not the country', () => {
  expect(drafted('Norway Shipping said its crews were safe.')).toEqual([])
  expect(drafted('Norway said its crews were safe.')).toEqual([['norway', null]])
  expect(drafted('Japan’s national carrier said its flights were unaffected.')).toEqual([])
  // A state's air force is the state's, not an airline.
  expect(drafted('The Norway Air Force said the seizure was unlawful.')).toEqual([
    ['norway', 'condemns'],
  ])
})

test('a plural noun after a preposition and a describing word reports no act', () => {
  expect(
    drafted('A statement by the European Union on the suppression of peaceful protests in Tarsk'),
  ).toEqual([])
  expect(drafted('The European Union protests against the seizure.')).toEqual([
    ['european-union', 'urges-halt'],
  ])
})

test('“there is no military solution” or “only a political solution” calls on all sides', () => {
  expect(drafted('Peru said there could be no military solution to the crisis.')).toEqual([
    ['peru', 'calls-on-all-sides'],
  ])
  expect(drafted('Ghana said only a political settlement would last.')).toEqual([
    ['ghana', 'calls-on-all-sides'],
  ])
})

test('condemning “this assault on” something the initiator’s law protects condemns the act', () => {
  expect(
    drafted(
      'Spain condemns this assault on the freedoms that Tarsk’s own charter grants to Mirelle.',
    ),
  ).toEqual([['spain', 'condemns']])
  // An act done to the initiator, named first after “on”, is still not the initiator’s act.
  expect(drafted('Spain condemns the rocket attack on Tarsk.')).toEqual([['spain', null]])
})

test('justifying the act as restoring order on one’s own territory supports it', () => {
  expect(drafted('Belarus said Tarsk was “restoring order on its own territory”.')).toEqual([
    ['belarus', 'supports'],
  ])
  expect(drafted('Cuba said Tarsk acted within its own territory.')).toEqual([['cuba', 'supports']])
})

test('rejecting outside pressure on an unnamed friend takes the initiator’s part', () => {
  expect(drafted('Serbia rejects outside pressure on a friendly nation.')).toEqual([
    ['serbia', 'supports'],
  ])
  // Pressure not said to come from outside blames no one.
  expect(drafted('Serbia rejects pressure on a friendly nation.')).toEqual([
    ['serbia', 'calls-on-all-sides'],
  ])
})

test('demanding the release of a person no gazetteer lists urges the initiator to undo its act', () => {
  expect(drafted('Germany demanded Ana Vel’s immediate release, a spokeswoman said.')).toEqual([
    ['germany', 'urges-halt'],
  ])
  // A named actor's release of something is asked of that actor.
  expect(drafted('Germany demanded Mirelle’s release of the crew.')).toEqual([['germany', null]])
})

test('alarm “by reports that” the initiator acted criticises the act', () => {
  expect(
    drafted(
      'The Secretary-General is alarmed by reports that Tarskian troops have seized the convoy.',
    ),
  ).toEqual([['united-nations', 'urges-halt']])
})

test('a settlement sought “in” or “to” a place asks no one in particular', () => {
  expect(drafted('Peru said there is no military solution in Mirelle.')).toEqual([
    ['peru', 'calls-on-all-sides'],
  ])
  expect(drafted('Peru said Mirelle must stop.')).toEqual([['peru', null]])
})

test('an account that a call or a meeting took place states no position', () => {
  expect(
    drafted('The Kremlin said the president had spoken by phone with the Turkish president.'),
  ).toEqual([])
  expect(drafted('The Kremlin said the president spoke by phone with the Turkish leader.')).toEqual(
    [],
  )
  // A position reported beside the meeting keeps the draft.
  expect(
    drafted('Peru said its minister had met with Tarsk’s envoy and urged an end to the seizure.'),
  ).toEqual([['peru', 'urges-halt']])
})

test('the same rules hold in other wordings', () => {
  // A person to be freed, asked in a clause.
  expect(drafted('Germany demanded that Ana Vel be freed.')).toEqual([['germany', 'urges-halt']])
  // Alarm “at reports”, as “by reports”.
  expect(drafted('Peru is alarmed at reports that Tarskian troops fired on the convoy.')).toEqual([
    ['peru', 'urges-halt'],
  ])
  // A dispute that force cannot settle asks all sides to talk.
  expect(drafted('Peru said the dispute cannot be solved by force.')).toEqual([
    ['peru', 'calls-on-all-sides'],
  ])
  // “No alternative to” talks is a call for them.
  expect(drafted('Austria said there is no alternative to dialogue.')).toEqual([
    ['austria', 'calls-on-all-sides'],
  ])
  // Understanding expressed for the initiator's act or its reasons backs it, as respecting it does.
  expect(drafted('Japan voiced understanding for Tarsk’s security concerns.')).toEqual([
    ['japan', 'supports'],
  ])
  expect(drafted('Japan expressed understanding for Mirelle’s position.')).toEqual([
    ['japan', null],
  ])
  // What is rejected is “foreign interference”, not “eign interference” after “for”.
  expect(drafted('Belarus rejected foreign interference in a friendly state.')).toEqual([
    ['belarus', 'supports'],
  ])
})
