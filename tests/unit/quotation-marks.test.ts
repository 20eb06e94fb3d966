import { expect, test } from 'vitest'
import {
  isInsideQuotationMarks,
  quotationProblem,
  quotations,
} from '../../src/lib/workspace/quotation'

// Made-up sentences, written for these tests.
const quoted = (text: string) => quotations(text).map((quote) => quote.text)

test.each([
  [
    'typewriter double quotes',
    'He said "we will not stand by" and left.',
    ['we will not stand by'],
  ],
  ['English curly quotes', 'She called it “a setback” on Monday.', ['a setback']],
  ['French guillemets, spaced', 'Le ministre a dit : « Nous condamnons. »', ['Nous condamnons.']],
  ['German marks', 'Er sagte: „Wir verurteilen das.“ Dann ging er.', ['Wir verurteilen das.']],
  ['Polish marks', 'Powiedział „nigdy więcej” wczoraj.', ['nigdy więcej']],
  ['Danish guillemets', 'Han sagde »aldrig igen« i går.', ['aldrig igen']],
  ['single curly quotes', 'The envoy called it ‘unacceptable’ twice.', ['unacceptable']],
  ['single straight quotes', "The envoy called it 'unacceptable' twice.", ['unacceptable']],
])('%s are paired', (_, text, words) => {
  expect(quoted(text)).toEqual(words)
})

test('an apostrophe inside a word, or after a plural, opens and closes nothing', () => {
  expect(quoted('Türkiye’s envoy said the ministers’ meeting went well.')).toEqual([])
  expect(quoted("Don't say 'never' to the ministers' aides.")).toEqual(['never'])
})

test('a quotation inside a quotation is paired with its own marks', () => {
  expect(quoted('“He told me ‘never again’, and meant it,” she said.')).toEqual([
    'He told me ‘never again’, and meant it,',
    'never again',
  ])
})

test('a long quotation runs on to the next paragraph only where that paragraph opens with its mark', () => {
  expect(quoted('“First paragraph.\n\n“Second paragraph,” he said.')).toEqual([
    'First paragraph.',
    'Second paragraph,',
  ])
  expect(quoted('“Never closed.\n\nA new paragraph.')).toEqual([])
})

test('straight-quoted words can be coded as a quotation; words outside the marks cannot', () => {
  const text = 'Fictional: the minister said "the border must reopen" on Monday.'
  const inside = text.indexOf('the border')
  expect(isInsideQuotationMarks({ start: inside, end: inside + 10 }, text)).toBe(true)
  expect(quotationProblem({ start: inside, end: inside + 10 }, text)).toBeUndefined()
  const outside = text.indexOf('the minister')
  expect(quotationProblem({ start: outside, end: outside + 12 }, text)).toMatch(/not inside/)
  const across = text.indexOf('said "the')
  expect(quotationProblem({ start: across, end: across + 12 }, text)).toMatch(/not inside/)
})
