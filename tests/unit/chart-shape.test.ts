import { expect, test } from 'vitest'
import { dataset, labels, shortName } from '../mock-dataset'
import { event } from '../../mocks/data/event'
import { statements } from '../../mocks/data/statements'
import { dimensionIds } from '../../src/lib/schemas/codebook'
import { applyFilters } from '../../src/features/filters/facets'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import {
  agreementMatrix,
  milestoneTimes,
  positionsMatrix,
  stanceDistribution,
  stanceSpectrum,
  timelinePoints,
} from '../../src/features/charts/shape'
import {
  describeAgreement,
  describeDistribution,
  describeSpectrum,
} from '../../src/features/charts/describe'

const data = dataset
const all = applyFilters(data, emptyFilterState)
const name = shortName

test('distribution: actors by overall stance and statements by their own, in scale order', () => {
  expect(stanceDistribution(all)).toEqual([
    { stance: 'supports', actors: 1, statements: 1 },
    { stance: 'calls-on-all-sides', actors: 2, statements: 3 },
    { stance: 'urges-halt', actors: 1, statements: 1 },
    { stance: 'condemns', actors: 4, statements: 4 },
  ])
  expect(describeDistribution(stanceDistribution(all), labels)).toBe(
    'Of the 8 actors placed on the scale, 1 “Supports the operation”, 2 “Calls on all sides”, 1 “Urges Azerbaijan to halt” and 4 “Condemns the operation”. 9 statements express a stance.',
  )
})

test('spectrum: each reacting actor in its lane', () => {
  const columns = stanceSpectrum(all)
  expect(columns.map((column) => column.actors.map((actor) => actor.shortName))).toEqual([
    ['Türkiye'],
    ['UN', 'Russia'],
    ['US'],
    ['EU', 'France', 'Germany', 'Armenia'],
  ])
  expect(describeSpectrum(columns, labels)).toContain('Urges Azerbaijan to halt: US.')
})

test('timeline: a statement without a day sits mid-range and is marked imprecise', () => {
  const points = timelinePoints(all)
  expect(points).toHaveLength(statements.length)
  const blinken = points.find((point) => point.id === 'us-blinken-calls')
  expect(blinken).toMatchObject({ precise: false, at: Date.parse('2023-09-20T00:00:00Z') })
  const russia = points.find((point) => point.id === 'russia-foreign-ministry-telegram')
  expect(russia).toMatchObject({ precise: true, at: Date.parse('2023-09-20T12:00:00Z') })
  expect(
    milestoneTimes(event.milestones).find((milestone) => milestone.id === 'cease-fire')?.at,
  ).toBe(Date.parse('2023-09-20T09:00:00Z'))
})

test('matrix: who took which position, with the parties backed', () => {
  const cells = positionsMatrix(all, dimensionIds)
  expect(cells).toHaveLength(all.length * dimensionIds.length)
  expect(
    cells.find((cell) => cell.actorId === 'united-states' && cell.dimension === 'backs-party'),
  ).toEqual({
    actorId: 'united-states',
    dimension: 'backs-party',
    value: 'takes',
    parties: ['armenia'],
  })
  expect(
    cells.find((cell) => cell.actorId === 'france' && cell.dimension === 'end-fighting')?.value,
  ).toBeNull()
})

test('agreement follows the stated rule', () => {
  const cells = agreementMatrix(all, dimensionIds)
  const score = (a: string, b: string) => cells.find((cell) => cell.a === a && cell.b === b)?.score
  expect(score('france', 'germany')).toBe(1)
  // US: end-fighting, backs Armenia. UN: end-fighting. Same on 1 of the 2 dimensions either took.
  expect(score('united-states', 'united-nations')).toBe(0.5)
  // Backing different parties is not agreement: US backs Armenia, Türkiye backs Azerbaijan.
  expect(score('united-states', 'turkiye')).toBe(0)
  expect(score('united-states', 'united-states')).toBe(1)
  expect(describeAgreement(cells, name)).toMatch(/^Closest \(100%\): EU and France/)
})
