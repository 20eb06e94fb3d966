import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { sourceText } from '../../data/source-text'
import { statements } from '../../data/statements'
import { codingOfStatements, loadCoding } from '../../src/lib/codebook/coding'
import { measureReliability, placeCoding } from '../../src/lib/codebook/reliability'

const fixture: unknown = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/coding-small.json'), 'utf8'),
)
const subset = statements.filter((statement) =>
  ['un-guterres-end-fighting', 'armenia-condemns-aggression'].includes(statement.id),
)
const first = codingOfStatements('A', '2.0.0', subset)

test('a delivered coding is read and checked against the article', () => {
  const loaded = loadCoding(fixture, sourceText)
  expect(loaded.problems).toEqual([])
  expect(loaded.coding?.statements).toHaveLength(3)
})

test('a coding in the wrong shape, or not in the article’s words, is refused with reasons', () => {
  expect(loadCoding({ coder: 'F', statements: [] }, sourceText).problems).toEqual([
    'codebookVersion: Invalid input: expected string, received undefined',
  ])
  const loaded = loadCoding(fixture, sourceText)
  const invented = {
    ...loaded.coding,
    statements: [{ ...loaded.coding!.statements[0]!, passage: 'Guterres praised the operation' }],
  }
  expect(loadCoding(invented, sourceText).problems).toEqual([
    'statement 1: its passage is not words of the article',
    'statement 1: the quote "for an immediate end to the fighting" is not in its passage',
  ])
})

test('units pair by passage overlap; one found by one coder only is a disagreement', () => {
  const second = loadCoding(fixture, sourceText).coding!
  const reliability = measureReliability(
    { coder: 'A', placed: placeCoding(first, sourceText) },
    { coder: 'F', placed: placeCoding(second, sourceText) },
    '2.0.0',
    {},
  )
  expect(reliability).toMatchObject({ units: 3, matched: 2 })
  const field = (id: string) => reliability.fields.find((item) => item.id === id)!
  expect(field('actor')).toMatchObject({ agreement: 1 })
  // Stance: calls-on-all-sides vs urges-halt, condemns vs condemns: one of two units agree.
  // Nominal alpha by hand: o(cas,urg) = o(urg,cas) = 1, o(con,con) = 2; n_cas = n_urg = 1,
  // n_con = 2, n = 4; alpha = 1 - (n - 1)·Σ o·δ / Σ n_c·n_k·δ = 1 - 3·2 / (2·(1 + 2 + 2)) = 0.4.
  expect(field('stance')).toMatchObject({ agreement: 0.5, alpha: 0.4 })
  expect(reliability.disagreements.map((item) => [item.field, item.a, item.b])).toEqual([
    ['Is this a statement?', 'not coded by A', 'yes'],
    ['Stance (nominal)', 'calls-on-all-sides', 'urges-halt'],
    ['Stance (ordinal scale)', 'calls-on-all-sides', 'urges-halt'],
    ['Dimension: humanitarian', 'takes', 'none'],
  ])
})

test('a resolution note is shown beside its disagreement', () => {
  const second = loadCoding(fixture, sourceText).coding!
  const placedA = placeCoding(first, sourceText)
  const placedB = placeCoding(second, sourceText)
  const without = measureReliability(
    { coder: 'A', placed: placedA },
    { coder: 'F', placed: placedB },
    '2.0.0',
    {},
  )
  const key = without.disagreements[1]!.key
  const withNote = measureReliability(
    { coder: 'A', placed: placedA },
    { coder: 'F', placed: placedB },
    '2.0.0',
    { [key]: 'Kept as A.' },
  )
  expect(withNote.disagreements[1]?.resolution).toBe('Kept as A.')
  expect(without.disagreements[1]?.resolution).toBeNull()
})
