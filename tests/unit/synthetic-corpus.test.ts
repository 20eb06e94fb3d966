import { expect, test } from 'vitest'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { statementSchema } from '../../src/lib/schemas/statement'
import { eventSchema } from '../../src/lib/schemas/event'
import { gazetteer } from '../../src/lib/gazetteer/gazetteer'
import { statements as articleStatements } from '../../data/statements'

const small = generateSyntheticDataset({ seed: 42, size: 3_000, events: 40 })

test('the same seed and size give the same corpus; another seed another', () => {
  expect(generateSyntheticDataset({ seed: 42, size: 3_000, events: 40 })).toEqual(small)
  const other = generateSyntheticDataset({ seed: 43, size: 3_000, events: 40 })
  expect(other.statements.map((statement) => statement.passage.text)).not.toEqual(
    small.statements.map((statement) => statement.passage.text),
  )
})

test('every record is marked synthetic and the dataset says so', () => {
  expect(small.meta.label).toBe('Synthetic data for testing at scale — not real statements')
  expect(small.statements).toHaveLength(3_000)
  for (const statement of small.statements) {
    expect(statement.synthetic).toBe(true)
    expect(statement.passage.text.startsWith('[Synthetic]')).toBe(true)
  }
  for (const event of small.events) expect(event.title.startsWith('[Synthetic]')).toBe(true)
})

test('records have the statement and event shapes, with spans that point at their words', () => {
  const sources = new Map(small.sources.map((source) => [source.id, source.text]))
  for (const statement of small.statements) {
    expect(statementSchema.safeParse(statement).success).toBe(true)
    const text = sources.get(statement.sourceId) ?? ''
    for (const span of [statement.passage, ...statement.quotes])
      expect(text.slice(span.start, span.end)).toBe(span.text)
  }
  for (const event of small.events) expect(eventSchema.safeParse(event).success).toBe(true)
})

test('covers every actor kind, channel and date precision, with a few actors speaking often', () => {
  const large = generateSyntheticDataset({ seed: 1, size: 20_000 })
  expect(large.actors).toHaveLength(gazetteer.length)
  expect(new Set(large.actors.map((actor) => actor.kind))).toEqual(
    new Set(['state', 'observer-state', 'international-organisation']),
  )
  expect(large.events).toHaveLength(250)
  expect(new Set(large.statements.map((statement) => statement.actorId)).size).toBe(
    large.actors.length,
  )
  expect(new Set(large.statements.map((statement) => statement.channel)).size).toBe(7)
  const bases = new Set(large.statements.map((statement) => statement.date.basis))
  expect(bases.size).toBe(4)
  const perActor = new Map<string, number>()
  for (const statement of large.statements)
    perActor.set(statement.actorId, (perActor.get(statement.actorId) ?? 0) + 1)
  const counts = [...perActor.values()].sort((a, b) => b - a)
  const topFive = counts.slice(0, 5).reduce((total, count) => total + count, 0)
  expect(topFive / large.statements.length).toBeGreaterThan(0.25)
  const years = new Set(large.statements.map((statement) => statement.date.earliest.slice(0, 4)))
  expect([...years].sort()[0]).toBe('2015')
  expect([...years].sort().at(-1)).toBe('2026')
})

test('nothing synthetic is in the article’s data', () => {
  for (const statement of articleStatements) {
    expect(statement).not.toHaveProperty('synthetic')
    expect(statement.passage.text).not.toContain('[Synthetic]')
  }
})
