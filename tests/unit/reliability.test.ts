import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { sourceText } from '../../data/source-text'
import { statements } from '../../data/statements'
import { codingOfStatements, loadCoding, type Coding } from '../../src/lib/codebook/coding'
import type { ValueWords } from '../../src/lib/codebook/reliability-fields'
import { measureReliability } from '../../src/lib/codebook/reliability'

const fixture: unknown = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/coding-small.json'), 'utf8'),
)
const subset = statements.filter((statement) =>
  ['un-guterres-end-fighting', 'armenia-condemns-aggression'].includes(statement.id),
)
const first = codingOfStatements('A', '3.1.0', subset)
const second = (): Coding => {
  const loaded = loadCoding(fixture, sourceText)
  if (!loaded.coding) throw new Error(loaded.problems.join('; '))
  return loaded.coding
}
const words: ValueWords = {
  actor: (id) => `actor ${id}`,
  stance: (id) => `stance ${id}`,
  channel: (id) => `channel ${id}`,
  dimension: (id) => `dimension ${id}`,
}
const plan = { resamples: 200, seed: 1, confidence: 0.95 }
const measure = (resolutions = {}) =>
  measureReliability(first, second(), sourceText, {
    words,
    resolutions,
    ruleTitles: new Map([['stance', 'The stance of a statement']]),
    plan,
  })

test('a delivered coding is read with every coded field and checked against the article', () => {
  const coding = second()
  expect(coding.statements).toHaveLength(3)
  expect(coding.event).toEqual({ initiator: 'Azerbaijan', action: 'the operation' })
  expect(coding.statements[1]).toMatchObject({ explicitStance: true, furtherPassages: [] })
})

test('a coding in the wrong shape is refused with reasons', () => {
  expect(loadCoding({ coder: 'F', statements: [] }, sourceText).problems).toEqual([
    'codebookVersion: Invalid input: expected string, received undefined',
  ])
  const [statement] = second().statements
  const coding = (changed: object) => ({ ...second(), statements: [{ ...statement, ...changed }] })
  expect(loadCoding(coding({ explicitStance: undefined }), sourceText).problems).toEqual([
    'statements.0.explicitStance: Invalid input: expected boolean, received undefined',
  ])
  expect(loadCoding(coding({ stance: 'praises' }), sourceText).problems[0]).toMatch(
    /^statements\.0\.stance: Invalid option/,
  )
  expect(loadCoding(coding({ stance: null, explicitStance: true }), sourceText).problems).toEqual([
    'statements.0.explicitStance: an explicit stance needs a stance',
  ])
})

test('a coding whose words are not the article’s is refused with reasons', () => {
  const [statement] = second().statements
  const invented = {
    ...second(),
    statements: [
      {
        ...statement,
        passage: 'Guterres praised the operation',
        furtherPassages: ['Guterres praised it again'],
      },
    ],
  }
  expect(loadCoding(invented, sourceText).problems).toEqual([
    'statement 1: its passage is not words of the article',
    'statement 1: the further passage "Guterres praised it again" is not in the article',
    'statement 1: the quote "for an immediate end to the fighting" is not in its passages',
  ])
})

test('the dataset in the exchange format carries its further passages and explicitness', () => {
  const us = codingOfStatements('A', '3.1.0', statements).statements.find((statement) =>
    statement.passage.startsWith('U.S. Secretary of State Antony Blinken'),
  )
  expect(us?.furtherPassages).toEqual(['the U.S. called on Baku to halt hostilities'])
  const turkiye = codingOfStatements('A', '3.1.0', statements).statements.find(
    (statement) => statement.actorId === 'turkiye' && statement.stance === 'supports',
  )
  expect(turkiye?.explicitStance).toBe(true)
})

test('every unit counts: one only one coder found disagrees on every field', () => {
  const reliability = measure()
  expect(reliability.units).toEqual({ all: 3, both: 2, onlyFirst: 0, onlySecond: 1, placed: 2 })
  const field = (id: string) => reliability.fields.find((item) => item.id === id)
  // Actor: (un, un), (armenia, armenia), (not coded, armenia). n_un = 2, n_armenia = 3,
  // n_not-coded = 1, n = 6; two values off the diagonal; Σ n_c (n - n_c) = 8 + 9 + 5 = 22;
  // nominal alpha = 1 - (n - 1)·2 / 22 = 12 / 22.
  expect(field('actor')).toMatchObject({ units: 3, agreed: 2, agreement: 2 / 3 })
  expect(field('actor')?.alpha).toBeCloseTo(12 / 22, 10)
  // Stance, all units: only Armenia's agrees; the unit found once is not a free agreement.
  expect(field('stance')).toMatchObject({ units: 3, agreed: 1 })
  expect(field('explicit')).toMatchObject({ units: 3, agreed: 2 })
})

test('the stance scale is measured over the units where either coder placed the actor', () => {
  const scale = measure().fields.find((item) => item.id === 'stance-scale')
  // Units (calls-on-all-sides, urges-halt) and (condemns, condemns). Marginals 1, 1, 2; n = 4.
  // Ordinal δ: (cas, urg) = (2 - 1)² = 1, (cas, con) = (4 - 1.5)² = 6.25, (urg, con) = (3 - 1.5)²
  // = 2.25. Observed Σ o·δ = 2; expected Σ n_c·n_k·δ = 2·(1 + 12.5 + 4.5) = 36; alpha = 1 - 3·2/36.
  expect(scale).toMatchObject({ scope: 'placed', level: 'ordinal', units: 2, agreed: 1 })
  expect(scale?.alpha).toBeCloseTo(5 / 6, 10)
  expect(scale?.interval).not.toBeNull()
})

test('disagreements are listed in words, once per unit and field, with the rule that resolves them', () => {
  const without = measure()
  // In the article's order: Guterres, then Armenia's grievance, then its condemnation.
  expect(without.disagreements.map((item) => [item.field, item.a, item.b])).toEqual([
    ['Stance, or no stance', 'stance calls-on-all-sides', 'stance urges-halt'],
    ['Whether it is a statement', 'did not code it', 'coded it as a statement'],
    [
      'The words it rests on',
      `“${subset[1]?.passage.text ?? ''}”`,
      '“condemned Baku’s “full-scale aggression” against the people of Karabakh”',
    ],
    ['Position: dimension humanitarian', 'takes this position', 'says nothing on it'],
  ])
  expect(without.disagreements[1]?.actor).toBe('actor armenia')
  const key = without.disagreements[0]?.key ?? ''
  const resolved = measure({ [key]: { rule: 'stance', follows: 'A', reason: 'By the rule.' } })
  expect(resolved.disagreements[0]?.resolution).toEqual({
    rule: 'stance',
    ruleTitle: 'The stance of a statement',
    follows: 'A',
    reason: 'By the rule.',
  })
  expect(without.disagreements[0]?.resolution).toBeNull()
  expect(() => measure({ [key]: { rule: 'kept-as-a', follows: 'A', reason: '' } })).toThrow(
    /cites no rule of the codebook/,
  )
})

test('the same data give the same intervals: the bootstrap is seeded', () => {
  const [x, y] = [measure(), measure()]
  expect(x.fields.map((field) => field.interval)).toEqual(y.fields.map((field) => field.interval))
  expect(x.bootstrap).toEqual(plan)
})
