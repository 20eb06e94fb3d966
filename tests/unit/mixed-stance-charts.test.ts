import { expect, test } from 'vitest'
import { dataset, labels, mixedDataset } from '../mock-dataset'
import { applyFilters } from '../reference/apply-filters'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import { stanceDistribution, stanceSpectrum } from '../../src/features/charts/shape'
import {
  describeDistribution,
  describeSpectrum,
  placedStanceLabel,
} from '../../src/features/charts/describe'
import { buildComparison, derivationOf } from '../../src/features/compare/comparison'
import { dimensionIds } from '../../src/lib/vocabulary'

// Türkiye is mixed here: its support is recoded as not explicit (see mixedDataset).
const mixed = applyFilters(mixedDataset, emptyFilterState)
const reacting = mixed.filter((row) => !row.actor.isParty)

test('a mixed actor is counted in a Mixed column after the four, in none of the stances', () => {
  expect(stanceDistribution(mixed)).toEqual([
    { stance: 'supports', actors: 0, statements: 1 },
    { stance: 'calls-on-all-sides', actors: 2, statements: 3 },
    { stance: 'urges-halt', actors: 1, statements: 1 },
    { stance: 'condemns', actors: 4, statements: 4 },
    { stance: 'mixed', actors: 1, statements: null },
  ])
  expect(describeDistribution(stanceDistribution(mixed), labels)).toBe(
    'The 8 actors placed on the scale, by overall stance. Calls on all sides: 2; Urges Azerbaijan to halt: 1; Condemns the operation: 4; Mixed: 1. 9 statements express a stance.',
  )
})

test('with no mixed actor shown, the charts keep their four columns', () => {
  const all = applyFilters(dataset, emptyFilterState)
  expect(stanceDistribution(all).map((count) => count.stance)).not.toContain('mixed')
  expect(stanceSpectrum(all).map((column) => column.stance)).not.toContain('mixed')
})

test('the spectrum puts a mixed actor in a Mixed lane, named with its range', () => {
  const columns = stanceSpectrum(reacting)
  expect(columns.map((column) => column.actors.map((actor) => actor.shortName))).toEqual([
    [],
    ['UN', 'Russia'],
    ['US'],
    ['EU', 'France', 'Germany', 'Armenia'],
    ['Türkiye'],
  ])
  expect(describeSpectrum(columns, labels)).toContain(
    'Mixed: Türkiye (Supports the operation – Calls on all sides).',
  )
  const [turkiye] = columns.at(-1)?.actors ?? []
  expect(turkiye && placedStanceLabel(turkiye, labels)).toBe(
    'Mixed: Supports the operation – Calls on all sides',
  )
  const [us] = columns[2]?.actors ?? []
  expect(us && placedStanceLabel(us, labels)).toBe(
    'Urges Azerbaijan to halt (based on 1 statement)',
  )
})

test('the comparison says how each stance was derived, and that the ways differ', () => {
  const comparison = buildComparison(
    ['turkiye', 'russia'],
    mixedDataset.actors,
    mixedDataset.stances,
    mixedDataset.statements,
    dimensionIds,
  )
  expect(comparison.derivation.values).toEqual([
    { kind: 'mixed', basedOn: 2 },
    { kind: 'median', basedOn: 1 },
  ])
  expect(comparison.derivation.same).toBe(false)
  const france = mixedDataset.stances.find((summary) => summary.actorId === 'france') ?? null
  const germany = mixedDataset.stances.find((summary) => summary.actorId === 'germany') ?? null
  expect(derivationOf(france)).toEqual(derivationOf(germany))
})
