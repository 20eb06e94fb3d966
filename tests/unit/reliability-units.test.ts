import { expect, test } from 'vitest'
import { sourceText } from '../../data/source-text'
import { statements } from '../../data/statements'
import { codingOfStatements, type CodedStatement } from '../../src/lib/codebook/coding'
import { alignUnits, placeCoding } from '../../src/lib/codebook/units'

const dataset = codingOfStatements('A', '3.1.0', statements)
const coded = (predicate: (statement: CodedStatement) => boolean) => {
  const found = dataset.statements.find(predicate)
  if (!found) throw new Error('No such statement in the dataset.')
  return found
}
const us = coded((statement) => statement.passage.startsWith('U.S. Secretary of State'))
const ceaseFire = coded((statement) => statement.passage.startsWith('Armenian separatists'))
const align = (a: CodedStatement[], b: CodedStatement[]) =>
  alignUnits(
    placeCoding({ ...dataset, statements: a }, sourceText),
    placeCoding({ ...dataset, coder: 'F', statements: b }, sourceText),
  )

test('a second mention coded as a statement of its own is a unit only one coder found', () => {
  const mention = {
    ...us,
    passage: 'the U.S. called on Baku to halt hostilities',
    furtherPassages: [],
  }
  const units = align([us], [{ ...us, furtherPassages: [] }, mention])
  // Both units start at the earlier mention (the first coder's further passage); the pair first.
  expect(units.map((unit) => [unit.a?.passage ?? null, unit.b?.passage ?? null])).toEqual([
    [us.passage, us.passage],
    [null, mention.passage],
  ])
})

test('a further passage places a unit where the coders chose different first passages', () => {
  const other = {
    ...us,
    passage: 'the U.S. called on Baku to halt hostilities',
    furtherPassages: [us.passage],
  }
  expect(align([us], [other])).toEqual([{ a: us, b: other }])
})

test('an act the coders gave to different actors is one unit that disagrees on the actor', () => {
  const asRelayer = { ...ceaseFire, actorId: 'azerbaijan' }
  expect(align([ceaseFire], [asRelayer])).toEqual([{ a: ceaseFire, b: asRelayer }])
})
