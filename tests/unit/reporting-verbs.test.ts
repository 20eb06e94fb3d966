import { expect, test } from 'vitest'
import { reportingVerbsIn } from '../../src/lib/workspace/find-reporting-verbs'
import { reportingVerbs } from '../../src/lib/workspace/reporting-verbs'

// Made-up sentences, written for these tests.
const found = (text: string) =>
  reportingVerbsIn(text).map(({ text: words, sense }) => [words, sense])

test('the lexicon knows more than sixty reporting verbs', () => {
  expect(new Set(reportingVerbs.map((verb) => verb.lemma)).size).toBeGreaterThanOrEqual(60)
})

test.each([
  ['Japan asked both sides to talk.', 'asked', 'calls'],
  ['Chile stated that talks must resume.', 'stated', 'says'],
  ['Peru described the move as reckless.', 'described', 'says'],
  ['Ghana emphasized that talks must resume.', 'emphasized', 'says'],
  ['Kenya emphasised that talks must resume.', 'emphasised', 'says'],
  ['Oman clarified its position.', 'clarified', 'says'],
  ['Fiji highlighted the risk to shipping.', 'highlighted', 'says'],
  ['Mali deplored the closure.', 'deplored', 'criticises'],
  ['The Holy See appealed for calm.', 'appealed', 'calls'],
  ['Chad voiced concern about the fighting.', 'voiced', 'criticises'],
  ['The ministry posted on X that it was ready.', 'posted', 'says'],
  ['The minister wrote that the border must reopen.', 'wrote', 'says'],
  ['Nepal expressed concern over the escalation.', 'expressed', 'criticises'],
  ['Nepal expressed its full support for the step.', 'expressed', 'supports'],
  ['Nepal expressed gratitude to the mediators.', 'expressed', 'thanks'],
  ['Iceland thanked the mediators.', 'thanked', 'thanks'],
  ['Togo is deeply concerned by the strikes.', 'concerned', 'criticises'],
  ['Laos called on Norvania to reopen it.', 'called', 'calls'],
  ['Laos called “for an immediate end to the fighting”.', 'called', 'calls'],
  ['Laos called the move “regrettable”.', 'called', 'says'],
  ['Cuba denounced the blockade.', 'denounced', 'condemns'],
  ['Niger praised the decision.', 'praised', 'supports'],
])('“%s” reports speech with “%s” (%s)', (text, words, sense) => {
  expect(found(text)).toEqual([[words, sense]])
})

test.each([
  ['Russia’s call for restraint went unheard.'],
  ['Armenia has the full support of its partners.'],
  ['Cairo, a downstream state, is worried.'],
  ['A press conference is planned.'],
  ['Ships went back to the port.'],
])('“%s” reports no speech of its own', (text) => {
  expect(found(text)).toEqual([])
})

test('“ready to support” pledges readiness, a statement, and supports nothing yet', () => {
  expect(found('The ministry is ready to support the talks.')).toEqual([['is ready', 'says']])
})

test('what “expressed” carries is its object, not a verb of its own', () => {
  expect(found('Türkiye expressed support for the move.')).toEqual([['expressed', 'supports']])
})
