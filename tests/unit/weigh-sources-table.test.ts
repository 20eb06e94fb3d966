import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { deriveOverEvents, deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import type { Statement } from '../../src/lib/schemas/statement'
import type { StanceId } from '../../src/lib/vocabulary'
import { coded, turkiye } from '../coded-statements'

// The codebook's weighing of sources (docs/codebook.md, “Deriving an actor’s stance”) as a table.
// Each row gives the accounts of an actor by source: a source's statements, each a stance (a
// trailing ! marks an explicit one, the reporter's verb) and `q` where it quotes the actor's own
// words, `p` where it reports them only in the reporter's words. The words of the statements are
// not read; only their coding is.
const S = 'supports'
const A = 'calls-on-all-sides'
const U = 'urges-halt'
const C = 'condemns'

type Code = StanceId | `${StanceId}!` | null
type Said = [Code, 'q' | 'p']

/** One actor's statements, source by source. */
function bySource(actorId: string, ...sources: Said[][]): Statement[] {
  let at = 0
  return sources.flatMap((said, source) =>
    said.map(([code, kind]) => {
      const [statement] = coded(code)
      if (!statement) throw new Error('No statement made.')
      at += 1
      return {
        ...statement,
        id: `s${at}`,
        actorId,
        sourceId: `source-${source + 1}`,
        textKind: kind === 'q' ? ('quote' as const) : ('paraphrase' as const),
      }
    }),
  )
}

type Expected =
  | { stance: StanceId; basis: 'decisive' | 'median' }
  | { stance: StanceId; decides: number[] }
  | { range: [StanceId, StanceId]; decides: number[] }

const table: [string, Said[][], Expected][] = [
  // One source: the three steps alone, nothing weighed.
  ['one source', [[[`${C}!`, 'p']]], { stance: C, basis: 'decisive' }],
  [
    'one source: its explicit stance still decides over its quotation',
    [
      [
        [`${C}!`, 'p'],
        [A, 'q'],
      ],
    ],
    { stance: C, basis: 'decisive' },
  ],
  [
    'a second source with no stance gives no account',
    [[[`${C}!`, 'p']], [[null, 'q']]],
    { stance: C, basis: 'decisive' },
  ],
  // Sources that agree give their stance.
  ['two sources that agree', [[[`${C}!`, 'p']], [[C, 'q']]], { stance: C, decides: [1, 1] }],
  // A quotation outweighs a reporter's verb.
  [
    'a condemnation in the reporter’s verb, a call to halt quoted',
    [[[`${C}!`, 'p']], [[U, 'q']]],
    { stance: U, decides: [0, 1] },
  ],
  [
    'the condemnation quoted, the call in the reporter’s words',
    [[[`${C}!`, 'q']], [[U, 'p']]],
    { stance: C, decides: [1, 0] },
  ],
  [
    'one quotation outweighs two reporters who agree',
    [[[`${C}!`, 'p']], [[`${C}!`, 'p']], [[A, 'q']]],
    { stance: A, decides: [0, 0, 1] },
  ],
  // Equal weight that disagrees is mixed, never the stricter reading.
  [
    'a condemnation and a call to halt, both in the reporters’ words',
    [[[`${C}!`, 'p']], [[U, 'p']]],
    { range: [U, C], decides: [1, 1] },
  ],
  [
    'support and condemnation, both in the reporters’ words',
    [[[`${S}!`, 'p']], [[`${C}!`, 'p']]],
    { range: [S, C], decides: [1, 1] },
  ],
  ['two quotations that disagree', [[[U, 'q']], [[A, 'q']]], { range: [A, U], decides: [1, 1] }],
  [
    'quotations that disagree, beside a reporter’s verb they outweigh',
    [[[S, 'q']], [[U, 'q']], [[`${C}!`, 'p']]],
    { range: [S, U], decides: [1, 1, 0] },
  ],
  [
    'a source whose own account is mixed, beside one that is not',
    [
      [
        [`${S}!`, 'p'],
        [`${C}!`, 'p'],
      ],
      [[U, 'p']],
    ],
    { range: [S, C], decides: [1, 1] },
  ],
]

test.each(table)('%s', (_, sources, expected) => {
  const summary = deriveStanceSummary(turkiye, bySource(turkiye.id, ...sources))
  if ('stance' in expected) {
    expect(summary).toMatchObject({ status: 'derived', stance: expected.stance, range: null })
  } else {
    const [from, to] = expected.range
    expect(summary).toMatchObject({ status: 'mixed', stance: null, range: { from, to } })
  }
  if ('basis' in expected) {
    expect(summary.basis).toBe(expected.basis)
    expect(summary.accounts).toBeUndefined()
  } else {
    expect(summary.basis).toBe('weighed')
    expect(summary.accounts?.map((account) => Number(account.decides))).toEqual(expected.decides)
  }
})

test('the weighing says in words which account outweighed which, and what it rests on', () => {
  const outweighed = deriveStanceSummary(turkiye, bySource('turkiye', [[C, 'p']], [[U, 'q']]))
  expect(outweighed.explanation).toBe(
    'Weighed across 2 sources, which disagree: the one that quotes its own words outweighs the one that reports it only in the reporter’s words.',
  )
  expect(outweighed.basedOn).toBe(1)
  const even = deriveStanceSummary(turkiye, bySource('turkiye', [[`${C}!`, 'p']], [[U, 'p']]))
  expect(even.explanation).toBe(
    'Mixed: weighed across 2 sources, which disagree and weigh the same (none quotes its own words); the rule prefers neither reading.',
  )
  expect(even.basedOn).toBe(2)
  expect(even.accounts?.map((account) => account.statementIds)).toEqual([['s1'], ['s2']])
})

test('a party is not placed, however many sources report it', () => {
  const party = actors.find((actor) => actor.isParty)!
  const summary = deriveStanceSummary(party, bySource(party.id, [[C, 'p']], [[U, 'q']]))
  expect(summary).toMatchObject({ status: 'party', stance: null })
  expect(summary.accounts).toBeUndefined()
})

test('sources about different events are pooled, not weighed as accounts of one', () => {
  const statements = bySource('turkiye', [[`${C}!`, 'p']], [[U, 'q']])
  const apart = new Map([
    ['source-1', 'event-a'],
    ['source-2', 'event-b'],
  ])
  const together = new Map([
    ['source-1', 'event-a'],
    ['source-2', 'event-a'],
  ])
  expect(deriveOverEvents(turkiye, statements, apart)).toMatchObject({
    stance: C,
    basis: 'decisive',
  })
  expect(deriveOverEvents(turkiye, statements, together)).toMatchObject({
    stance: U,
    basis: 'weighed',
  })
})
