import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { cameoCodes, cameoOf } from '../../src/lib/codebook/cameo'
import type { Statement } from '../../src/lib/schemas/statement'
import { statements } from '../../data/statements'

// The CAMEO event codes as the CAMEO codebook (1.1b3) lists them, in GDELT's lookup table's form.
const cameoTable = new Map(
  readFileSync('tests/fixtures/cameo-eventcodes.tsv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t') as [string, string]),
)

test('every code the mapping uses is a CAMEO code, named as CAMEO names it', () => {
  for (const [code, name] of Object.entries(cameoCodes)) expect(cameoTable.get(code)).toBe(name)
})

const coded = (
  stance: Statement['stance'],
  dimensions: Statement['positions'][number]['dimension'][] = [],
  addressees: Statement['addressees'] = [],
) => ({
  stance,
  positions: dimensions.map((dimension) => ({ dimension, value: 'takes' as const, party: null })),
  addressees,
})

test.each([
  ['support for the action', coded('supports'), '051'],
  ['a condemnation', coded('condemns', ['condemnation']), '111'],
  [
    'a call on the initiator to stop fighting',
    coded('urges-halt', ['end-fighting'], ['azerbaijan']),
    '0256',
  ],
  ['a call on the initiator to lift a measure', coded('urges-halt', [], ['azerbaijan']), '025'],
  ['criticism of the initiator’s act, calling on no one', coded('urges-halt'), '111'],
  ['concern about the situation, calling on no one', coded('calls-on-all-sides'), '012'],
  [
    'a call on all sides to stop fighting',
    coded('calls-on-all-sides', ['end-fighting'], ['all-sides']),
    '0256',
  ],
  [
    'a call on all sides to talk',
    coded('calls-on-all-sides', ['negotiations'], ['all-sides']),
    '026',
  ],
  ['a call on all sides, unspecified', coded('calls-on-all-sides', [], ['all-sides']), '020'],
  ['backing a party', coded(null, ['backs-party']), '051'],
  ['a call for humanitarian relief', coded(null, ['humanitarian'], ['armenia']), '0233'],
  ['concern for civilians, no call', coded(null, ['humanitarian']), '012'],
  ['thanks, taking no position', coded(null, [], []), '010'],
] as const)('%s is CAMEO %s', (_, statement, code) => {
  expect(cameoOf(statement).code).toBe(code)
  expect(cameoOf(statement).name).toBe(cameoTable.get(code))
})

test('the article’s statements map as a reader of the codebook expects', () => {
  const byId = new Map(statements.map((statement) => [statement.id, cameoOf(statement).code]))
  // The U.S. urged Azerbaijan to "immediately cease military actions": an appeal to de-escalate.
  expect(byId.get('us-blinken-calls')).toBe('0256')
  // Türkiye "expressed support for Baku's operation": praise or endorsement.
  expect(
    [...byId.entries()].filter(([id]) => id.startsWith('turkiye')).map(([, code]) => code),
  ).toContain('051')
})
