import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { source } from '../../data/source'
import { statements } from '../../data/statements'
import { listed, sourceLimits } from '../../src/features/method/source-limits'

test('the article’s limits are counted from its statements: one outlet, and the actors its verbs decide', () => {
  const limits = sourceLimits([source], actors, statements)
  expect(limits.sources.map((item) => item.outlet)).toEqual(['Daily Sabah'])
  expect(limits.outlets).toBe(1)
  // Parties are never placed; every other actor that takes a stance is.
  expect(limits.placed).toBe(
    new Set(
      statements
        .filter((statement) => statement.stance !== null)
        .map((statement) => statement.actorId),
    ).size,
  )
  const explicit = statements.filter((statement) => statement.explicitStance)
  expect(limits.byVerb).toHaveLength(new Set(explicit.map((statement) => statement.actorId)).size)
  expect(limits.verbOnly).toEqual(['European Union', 'France', 'Germany'])
  // The three share one sentence and one verb: shown once, with the three it decides.
  expect(limits.passages[0]).toEqual({
    text: 'the European Union, France and Germany condemned Azerbaijan’s military action.',
    actors: ['European Union', 'France', 'Germany'],
  })
})

test('an analyst’s own source and statements do not count as the published record', () => {
  const [first] = statements
  if (!first) throw new Error('The article has statements')
  const yours = { ...first, id: 'yours-1', sourceId: 'yours-x-v1', yours: true as const }
  const ownSource = {
    ...source,
    id: 'yours-x-v1',
    outlet: 'Fictional Courier',
    yours: true as const,
  }
  const limits = sourceLimits([source, ownSource], actors, [...statements, yours])
  expect(limits).toEqual(sourceLimits([source], actors, statements))
})

test('names are listed as a sentence lists them', () => {
  expect(listed(['France'])).toBe('France')
  expect(listed(['France', 'Germany'])).toBe('France and Germany')
  expect(listed(['the European Union', 'France', 'Germany'])).toBe(
    'the European Union, France and Germany',
  )
})
