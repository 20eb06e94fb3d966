import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { event } from '../../data/event'
import { termsOf } from '../../src/lib/codebook/event-terms'
import { accountsDifference, accountNoun, sourceNames } from '../../src/lib/codebook/account-words'
import { codebookLabels } from '../../src/lib/labels'
import type { SourceAccount } from '../../src/lib/schemas/stance-summary'

const labels = codebookLabels(codebook, termsOf(event))
const account = (overrides: Partial<SourceAccount>): SourceAccount => ({
  sourceId: 'a',
  status: 'derived',
  stance: 'condemns',
  range: null,
  quoted: false,
  statementIds: [],
  decides: true,
  ...overrides,
})

test('what a source reports reads in the event’s words, a mixed account as its range', () => {
  expect(accountNoun(account({}), labels)).toBe('a condemnation of the operation')
  expect(accountNoun(account({ stance: 'urges-halt' }), labels)).toBe(
    'a call on Azerbaijan to halt',
  )
  expect(
    accountNoun(
      account({ stance: null, range: { from: 'supports', to: 'calls-on-all-sides' } }),
      labels,
    ),
  ).toBe('statements that range from support for the operation to a call on all sides')
})

test('the difference names each source, what it reports and in whose words', () => {
  const accounts = [account({}), account({ sourceId: 'b', stance: 'urges-halt', quoted: true })]
  expect(accountsDifference(accounts, ['Daily Sabah', 'Fictional Courier'], labels)).toBe(
    'The sources differ: Daily Sabah reports a condemnation of the operation, in the reporter’s words; Fictional Courier reports a call on Azerbaijan to halt, quoting its words.',
  )
  expect(accountsDifference([account({}), account({ sourceId: 'b' })], ['A', 'B'], labels)).toBe(
    'Both sources report a condemnation of the operation.',
  )
})

test('sources are named by outlet, told apart by title within one outlet, numbered when unknown', () => {
  const sources = [
    { id: 'a', outlet: 'Daily Sabah', title: 'One' },
    { id: 'b', outlet: 'Daily Sabah', title: 'Two' },
    { id: 'c', outlet: '', title: 'A pasted text' },
  ]
  expect(sourceNames(['a', 'b', 'c', 'd'], sources)).toEqual([
    'Daily Sabah, “One”',
    'Daily Sabah, “Two”',
    'A pasted text',
    'Source 4',
  ])
  expect(sourceNames(['a'], undefined)).toEqual(['Source 1'])
})
