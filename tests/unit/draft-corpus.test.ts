import { expect, test } from 'vitest'
import { gazetteerEntry } from '../../src/lib/gazetteer/gazetteer'
import { heldOut } from '../fixtures/draft-corpus/held-out'
import { tune } from '../fixtures/draft-corpus/tune'

const sources = [...tune, ...heldOut]

test('the test sources are at least twelve, in six genres or more, split in two halves', () => {
  expect(sources.length).toBeGreaterThanOrEqual(12)
  expect(new Set(sources.map((source) => source.genre)).size).toBeGreaterThanOrEqual(6)
  expect(tune.every((source) => source.split === 'tune')).toBe(true)
  expect(heldOut.every((source) => source.split === 'held-out')).toBe(true)
  expect(new Set(sources.map((source) => source.id)).size).toBe(sources.length)
})

test.each(sources.map((source) => [source.id, source] as const))(
  '%s says it is fictional and is coded in its own words',
  (_, source) => {
    expect(source.text.split('\n')[0]).toMatch(/fictional/i)
    const known = (id: string) =>
      gazetteerEntry(id) !== undefined || source.actors.some((actor) => actor.id === id)
    expect(source.event.parties.every(known)).toBe(true)
    if (source.event.initiator.actorId !== null)
      expect(source.event.parties).toContain(source.event.initiator.actorId)
    for (const statement of source.coded) {
      expect(known(statement.actorId), statement.actorId).toBe(true)
      for (const passage of [statement.passage, ...(statement.furtherPassages ?? [])])
        expect(source.text, passage).toContain(passage)
      if (source.event.parties.includes(statement.actorId)) expect(statement.stance).toBeNull()
    }
  },
)
