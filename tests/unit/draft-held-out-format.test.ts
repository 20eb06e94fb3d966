import { expect, test } from 'vitest'
import { gazetteerEntry } from '../../src/lib/gazetteer/gazetteer'
import { stanceIds } from '../../src/lib/vocabulary'
import { heldOut } from '../fixtures/draft-corpus/held-out'

// The held-out sources measure the suggested drafts, so a slip in their coding (a passage that is
// not in the text, an actor no one can find, a party given a stance) would skew every figure
// measured on them. These checks hold the hand coding to the codebook's form, not to the drafts.

// Between two held-out sets the list is empty and only the checks of each source have nothing to
// check; the counts wait for the next set.
const unique = (values: readonly unknown[]) => new Set(values).size === values.length
const arrived = heldOut.length > 0
const words = (text: string) => text.split(/\s+/).filter(Boolean).length

test.runIf(arrived)('ten or more held-out sources, each its own event and genre', () => {
  expect(heldOut.length).toBeGreaterThanOrEqual(10)
  expect(heldOut.every((source) => source.split === 'held-out')).toBe(true)
  expect(unique(heldOut.map((source) => source.id))).toBe(true)
  expect(unique(heldOut.map((source) => source.genre))).toBe(true)
  expect(unique(heldOut.map((source) => source.event.title))).toBe(true)
})

test.each(heldOut)('$id says on its first line that it is fictional', ({ text, event }) => {
  const firstLine = text.split('\n')[0]
  expect(firstLine).toMatch(/^Fictional\b/)
  expect(firstLine).toMatch(/invented for the tracker’s tests|invented for the tracker's tests/)
  expect(event.title).toMatch(/\(fictional\)$/)
})

test.each(heldOut)('$id is as long as such a source runs', ({ text }) => {
  expect(words(text)).toBeGreaterThanOrEqual(150)
  expect(words(text)).toBeLessThanOrEqual(400)
})

test.each(heldOut)('$id quotes every passage as printed', ({ text, coded }) => {
  for (const statement of coded)
    for (const passage of [statement.passage, ...(statement.furtherPassages ?? [])]) {
      expect(passage.trim()).toBe(passage)
      expect(text).toContain(passage)
    }
})

test.each(heldOut)('$id codes only actors the gazetteer or the source knows', (source) => {
  const added = source.actors.map((actor) => actor.id)
  expect(unique(added)).toBe(true)
  // An added actor is one the gazetteer lacks; it must not shadow a real one.
  for (const id of added) expect(gazetteerEntry(id)).toBeUndefined()
  const known = (id: string) => gazetteerEntry(id) !== undefined || added.includes(id)
  for (const statement of source.coded) expect(known(statement.actorId)).toBe(true)
  for (const id of source.event.parties) expect(known(id)).toBe(true)
  if (source.author !== null) expect(gazetteerEntry(source.author)).toBeDefined()
})

test.each(heldOut)('$id gives the parties no stance', ({ event, coded }) => {
  const initiator = event.initiator.actorId
  expect(initiator).not.toBeNull()
  expect(event.parties).toContain(initiator)
  expect(unique(event.parties)).toBe(true)
  for (const statement of coded) {
    if (event.parties.includes(statement.actorId)) expect(statement.stance).toBeNull()
    else if (statement.stance !== null) expect(stanceIds).toContain(statement.stance)
  }
})

test.each(heldOut)('$id codes each act once', ({ coded }) => {
  // Two statements share a passage only when several actors are the subject of one verb.
  expect(unique(coded.map((statement) => `${statement.actorId}\n${statement.passage}`))).toBe(true)
  for (const statement of coded)
    expect(statement.furtherPassages ?? []).not.toContain(statement.passage)
})

test.runIf(arrived)(
  'the held-out sources hold at least 70 statements, 40 of them with a stance',
  () => {
    const statements = heldOut.flatMap((source) => source.coded)
    expect(statements.length).toBeGreaterThanOrEqual(70)
    expect(
      statements.filter((statement) => statement.stance !== null).length,
    ).toBeGreaterThanOrEqual(40)
  },
)
