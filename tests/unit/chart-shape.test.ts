import { expect, test } from 'vitest'
import { dataset, labels, shortName } from '../mock-dataset'
import { event } from '../../data/event'
import { statements } from '../../data/statements'
import { dimensionIds } from '../../src/lib/vocabulary'
import { applyFilters } from '../reference/apply-filters'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import {
  agreementMatrix,
  milestoneTimes,
  positionsMatrix,
  stanceDistribution,
  stanceSpectrum,
  timelinePoints,
  zoneInWords,
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
    'The 8 actors placed on the scale, by overall stance. Supports the operation: 1; Calls on all sides: 2; Urges Azerbaijan to halt: 1; Condemns the operation: 4. 9 statements express a stance.',
  )
})

test('the generated descriptions name labels without quotation marks, kept for a source’s words', () => {
  const cells = agreementMatrix(all, dimensionIds)
  for (const words of [
    describeDistribution(stanceDistribution(all), labels),
    describeSpectrum(stanceSpectrum(all), labels),
    describeAgreement(cells, name),
  ])
    expect(words).not.toMatch(/[“”"]/)
})

test('the agreement summary lists pairs as a person would, and states a single pair once', () => {
  expect(describeAgreement(agreementMatrix(all, dimensionIds), name)).toBe(
    'Closest (100%): EU with France, EU with Germany and France with Germany. Furthest apart (0%): EU with US, EU with UN, EU with Türkiye and 22 other pairs.',
  )
  const pair = applyFilters(data, {
    ...emptyFilterState,
    actor: ['united-states', 'united-nations'],
  })
  expect(describeAgreement(agreementMatrix(pair, dimensionIds), name)).toBe(
    'UN and US agree on 50% of the positions either took (1 of 2 dimensions).',
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
})

test('timeline: marks and milestones sit in the event’s local time, the axis says which', () => {
  const points = timelinePoints(all)
  const at = (id: string) => points.find((point) => point.id === id)?.at ?? NaN
  const ceaseFire =
    milestoneTimes(event.milestones).find((milestone) => milestone.id === 'cease-fire')?.at ?? NaN
  // The day's tick is midday on Baku's clock; the cease-fire, at 1 p.m. there, comes after it.
  const twentiethTick = Date.parse('2023-09-20T12:00:00Z')
  expect(ceaseFire).toBeGreaterThan(twentiethTick)
  // "early on Wednesday" and "earlier on Wednesday" come before the cease-fire of that day.
  expect(at('russia-foreign-ministry-telegram')).toBeLessThan(ceaseFire)
  expect(at('azerbaijan-aliyev-warning')).toBeLessThan(ceaseFire)
  expect(zoneInWords(event.timeZone, event.start)).toBe('Baku time (UTC+4)')
})

test('timeline: statements at one spot are numbered apart, each with its own words', () => {
  const points = timelinePoints(all)
  const spots = new Map<string, number[]>()
  for (const point of points) {
    const key = `${point.actorId}@${point.at}`
    spots.set(key, [...(spots.get(key) ?? []), point.stack.index])
  }
  // No two marks share a place: within a spot every statement has its own index.
  for (const indices of spots.values()) expect(new Set(indices).size).toBe(indices.length)
  const us = points.filter((point) => point.actorId === 'united-states' && !point.precise)
  expect(us.length).toBeGreaterThan(1)
  expect(new Set(us.map((point) => point.stack.index)).size).toBe(us.length)
  expect(new Set(us.map((point) => point.words.text)).size).toBe(us.length)
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
  expect(describeAgreement(cells, name)).toMatch(/^Closest \(100%\): EU with France/)
})
