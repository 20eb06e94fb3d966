import { expect, test } from 'vitest'
import type { Reliability } from '../../src/lib/codebook/reliability'
import {
  agreementWords,
  alphaWords,
  closed,
  eventWords,
  followsWords,
  rangeWords,
  unitWords,
} from '../../src/features/method/reliability-words'

const field: Reliability['fields'][number] = {
  id: 'actor',
  label: 'Whose act it is',
  scope: 'all',
  level: 'nominal',
  units: 22,
  agreed: 20,
  agreement: 20 / 22,
  alpha: 0.8868,
  interval: { low: 0.69351, high: 1, undefinedDraws: 0 },
}
const coders: [string, string] = ['A', 'C']
const reliability = {
  coders,
  codebookVersions: ['3.1.0', '3.0.0'],
  event: { first: { initiator: 'Azerbaijan', action: 'the operation' }, second: null },
  units: { all: 23, both: 21, onlyFirst: 1, onlySecond: 1, placed: 1 },
  bootstrap: { resamples: 10_000, seed: 1, confidence: 0.95 },
  fields: [field],
  disagreements: [],
} satisfies Reliability

test('figures are said with what they count, to three decimals', () => {
  expect(agreementWords(field)).toBe('20 of 22 acts, 90.9%')
  expect(alphaWords(field)).toBe('0.887')
  expect(alphaWords({ ...field, alpha: null })).toBe('none: every act had the same value')
  expect(rangeWords(field, 10_000)).toBe('0.694 to 1.000')
  expect(
    rangeWords({ ...field, interval: { low: 1, high: 1, undefinedDraws: 3625 } }, 10_000),
  ).toBe(
    '1.000 to 1.000; on 3,625 of 10,000 redrawings every act had the same value, and those are left out',
  )
  expect(rangeWords({ ...field, interval: null }, 10_000)).toBe(
    'none: every redrawing had one value only',
  )
})

test('the acts compared are counted in words, one and many', () => {
  expect(unitWords(reliability)).toBe(
    'Between them the two coders found 23 acts: 21 found by both, 1 by the dataset only and 1 by coder C only. An act only one coder found counts as a disagreement on every field. Either coder placed the actor on the stance scale in 1 act.',
  )
})

test('a resolution says whose reading the rule gives, never who coded it first', () => {
  const resolution = { rule: 'relay', ruleTitle: 'Relayed words and acts', reason: '' }
  expect(followsWords({ ...resolution, follows: 'A' }, coders)).toBe('the dataset’s reading')
  expect(followsWords({ ...resolution, follows: 'C' }, coders)).toBe('coder C’s reading')
  expect(followsWords({ ...resolution, follows: 'neither' }, coders)).toBe(
    'neither coder’s reading',
  )
})

test('the event’s terms are compared only where both codings state them', () => {
  expect(eventWords(reliability)).toBe(
    'The dataset states the event with Azerbaijan as the initiator and “the operation” as the action; coder C did not write the event’s terms down, so they are not compared.',
  )
  const both = {
    ...reliability,
    event: { first: reliability.event.first, second: reliability.event.first },
  }
  expect(eventWords(both)).toBe(
    'Both codings state the event with Azerbaijan as the initiator and “the operation” as the action.',
  )
})

test('a value ending in its own full stop is not given a second one', () => {
  expect(closed('“in the disputed region.”')).toBe('“in the disputed region.”')
  expect(closed('no day named')).toBe('no day named.')
})
