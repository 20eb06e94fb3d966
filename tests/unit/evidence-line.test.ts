import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { statements } from '../../data/statements'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { evidenceLine } from '../../src/features/reactions/evidence'

/** The line a card shows under an actor's stance, from the article's own statements. */
const lineOf = (id: string) => {
  const actor = actors.find((candidate) => candidate.id === id)
  if (!actor) throw new Error(`No actor ${id}`)
  const own = statements.filter((statement) => statement.actorId === id)
  return evidenceLine(deriveStanceSummary(actor, own), own)
}

test('an actor the article reports only in its own verb says so', () => {
  expect(lineOf('france')).toBe(
    'Rests on 1 statement in 1 source, reported in the reporter’s words; no quotation of its own. The reporter’s verb states the stance.',
  )
})

test('an actor quoted says so, and counts only its statements with a stance', () => {
  expect(lineOf('united-nations')).toBe('Rests on 1 statement in 1 source, quoting its own words.')
  expect(lineOf('united-states')).toBe(
    'Rests on 1 of its 2 statements, the one with a stance, in 1 source, quoting its own words.',
  )
})

test('where the reporter’s verb decides among quoted statements, the line says it decides', () => {
  expect(lineOf('turkiye')).toBe(
    'Rests on 2 of its 3 statements, those with a stance, in 1 source, each quoting its own words. The reporter’s verb states the stance in 1 of them, which decides it.',
  )
})

test('a party, which the rule does not place, gets no line', () => {
  expect(lineOf('azerbaijan')).toBeNull()
})

test('quoted and unquoted statements are counted apart, across sources', () => {
  const [condemned] = statements.filter((statement) => statement.actorId === 'france')
  if (!condemned) throw new Error('France has a statement in the article')
  const quoted = { ...condemned, id: 'other', sourceId: 'other', textKind: 'quote' as const }
  expect(evidenceLine({ status: 'derived', basis: 'weighed' }, [condemned, quoted])).toBe(
    'Rests on 2 statements in 2 sources; 1 quotes its own words, 1 is in the reporters’ words only. The reporter’s verb states the stance in each.',
  )
})
