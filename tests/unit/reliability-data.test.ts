import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { reliabilityOf, ruleTitles, secondCoding } from '../../data/codings/reliability'
import { resolutions } from '../../data/codings/resolutions'
import { statements } from '../../data/statements'

// The dataset against coder C's blind coding, as /api/reliability reports it.
const { reliability, problems } = reliabilityOf(secondCoding)
const codebookDocument = readFileSync(
  resolve(import.meta.dirname, '../../docs/codebook.md'),
  'utf8',
)

test('the blind coding is kept byte for byte as its coder delivered it', () => {
  const delivered = readFileSync(resolve(import.meta.dirname, '../../data/codings/coding-c.json'))
  expect(createHash('sha256').update(delivered).digest('hex')).toBe(
    '820e8ea3e61612a9bd0d195ea1b88bbaab103847ad7e9a8e454a1c0973165430',
  )
})

test('the blind coding reads, and every unit either coder found is counted', () => {
  expect(problems).toEqual([])
  const units = reliability?.units
  expect(units?.all).toBe((units?.both ?? 0) + (units?.onlyFirst ?? 0) + (units?.onlySecond ?? 0))
  expect(units?.all).toBeGreaterThanOrEqual(statements.length)
  for (const field of reliability?.fields ?? []) {
    expect(field.units, field.label).toBe(field.scope === 'all' ? units?.all : units?.placed)
    expect(field.agreement, field.label).toBeCloseTo(field.agreed / field.units, 12)
  }
  // Every actor the dataset places is in the stance scale's units.
  const placed = statements.filter((statement) => statement.stance !== null).length
  expect(units?.placed).toBeGreaterThanOrEqual(placed)
})

test('every disagreement is resolved by a written rule of the codebook, never by who coded it', () => {
  for (const item of reliability?.disagreements ?? []) {
    const resolution = item.resolution
    expect(resolution, `${item.field}: ${item.passage}`).not.toBeNull()
    expect(ruleTitles.get(resolution?.rule ?? '')).toBe(resolution?.ruleTitle)
    // The rule is a section of the written codebook, found under its title.
    expect(codebookDocument).toMatch(new RegExp(`^#{2,3} ${resolution?.ruleTitle ?? '-'}$`, 'm'))
    expect(resolution?.reason).not.toMatch(/kept as/i)
  }
})

test('no resolution is left over from a disagreement that no longer exists', () => {
  const keys = new Set(reliability?.disagreements.map((item) => item.key))
  expect(Object.keys(resolutions).filter((key) => !keys.has(key))).toEqual([])
})

test('the relayed acts are resolved by the relay rule, both ways', () => {
  const relayed = reliability?.disagreements.filter((item) => item.resolution?.rule === 'relay')
  expect(relayed?.map((item) => item.actor)).toContain(
    'Karabakh Armenian authorities or Azerbaijan',
  )
})
