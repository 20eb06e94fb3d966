import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { gazetteerEntry } from '../../src/lib/gazetteer/gazetteer'
import { stanceIds } from '../../src/lib/vocabulary'
import type { CorpusSource } from '../fixtures/draft-corpus/corpus-types'
import { heldOut5 } from '../fixtures/draft-corpus/held-out-5'
import { tune } from '../fixtures/draft-corpus/tune'
import { tuneB } from '../fixtures/draft-corpus/tune-b'
import { tuneC } from '../fixtures/draft-corpus/tune-c'
import { tuneD } from '../fixtures/draft-corpus/tune-d'
import { tuneE } from '../fixtures/draft-corpus/tune-e'
import { tuneF } from '../fixtures/draft-corpus/tune-f'
import { tuneG } from '../fixtures/draft-corpus/tune-g'

// The fifth held-out set measures the suggested drafts, so a slip in its hand coding (a passage
// that is not in the text, an actor no one can find, a party given a stance) would skew every
// figure measured on it, and a source shared with another set would measure nothing new. These
// checks hold the coding to the codebook's form, not to the drafts.

const unique = (values: readonly unknown[]) => new Set(values).size === values.length
const words = (text: string) => text.split(/\s+/).filter(Boolean).length
const occurrences = (text: string, passage: string) => text.split(passage).length - 1

// Vitest runs from the repository's root.
const folder = join(process.cwd(), 'tests/fixtures/draft-corpus/held-out-5')
const sourceFiles = readdirSync(folder).filter(
  (name) => name.endsWith('.ts') && name !== 'index.ts',
)

test('twelve held-out sources, each its own event and genre', () => {
  expect(heldOut5).toHaveLength(12)
  expect(heldOut5.every((source) => source.split === 'held-out')).toBe(true)
  expect(unique(heldOut5.map((source) => source.id))).toBe(true)
  expect(unique(heldOut5.map((source) => source.genre))).toBe(true)
  expect(unique(heldOut5.map((source) => source.event.title))).toBe(true)
})

test('every file in the folder is a source of the set', () => {
  expect(sourceFiles.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual(
    heldOut5.map((source) => source.id).sort(),
  )
})

test('no source repeats an event or an id of the other sets', () => {
  const others: CorpusSource[] = [
    ...tuneG,
    ...tune,
    ...tuneB,
    ...tuneC,
    ...tuneD,
    ...tuneE,
    ...tuneF,
  ]
  const otherIds = new Set(others.map((source) => source.id))
  const otherTitles = new Set(others.map((source) => source.event.title))
  // The made-up actors too: a state or group met in another set would bring its world along.
  const otherActors = new Set(others.flatMap((source) => source.actors.map((actor) => actor.id)))
  for (const source of heldOut5) {
    expect(otherIds.has(source.id)).toBe(false)
    expect(otherTitles.has(source.event.title)).toBe(false)
    for (const actor of source.actors) expect(otherActors.has(actor.id)).toBe(false)
  }
})

test.each(sourceFiles)('%s says in its header that the words are invented', (name) => {
  const header = readFileSync(join(folder, name), 'utf8').split('\n')[0]
  expect(header).toBe(
    '// A fictional event; the reacting actors are real, their words here are invented for testing.',
  )
})

test.each(heldOut5)('$id says on its first line that it is fictional', ({ text, event }) => {
  const firstLine = text.split('\n')[0]
  expect(firstLine).toMatch(/^Fictional\b/)
  expect(firstLine).toMatch(/invented for the tracker’s tests|invented for the tracker's tests/)
  expect(event.title).toMatch(/\(fictional\)$/)
})

test.each(heldOut5)('$id is as long as such a source runs', ({ text }) => {
  expect(words(text)).toBeGreaterThanOrEqual(150)
  expect(words(text)).toBeLessThanOrEqual(400)
})

test.each(heldOut5)('$id quotes every passage as printed, once', ({ text, coded }) => {
  for (const statement of coded)
    for (const passage of [statement.passage, ...(statement.furtherPassages ?? [])]) {
      expect(passage.trim()).toBe(passage)
      // Found exactly once, so the passage has one place in the text a reader can be shown.
      expect(occurrences(text, passage)).toBe(1)
    }
})

test.each(heldOut5)('$id codes only actors the gazetteer or the source knows', (source) => {
  const added = source.actors.map((actor) => actor.id)
  expect(unique(added)).toBe(true)
  // An added actor is one the gazetteer lacks; it must not shadow a real one.
  for (const id of added) expect(gazetteerEntry(id)).toBeUndefined()
  const known = (id: string) => gazetteerEntry(id) !== undefined || added.includes(id)
  for (const statement of source.coded) expect(known(statement.actorId)).toBe(true)
  for (const id of source.event.parties) expect(known(id)).toBe(true)
  if (source.author !== null) expect(gazetteerEntry(source.author)).toBeDefined()
})

test.each(heldOut5)('$id gives the parties no stance', ({ event, coded }) => {
  const initiator = event.initiator.actorId
  expect(initiator).not.toBeNull()
  expect(event.parties).toContain(initiator)
  expect(unique(event.parties)).toBe(true)
  for (const statement of coded) {
    if (event.parties.includes(statement.actorId)) expect(statement.stance).toBeNull()
    else if (statement.stance !== null) expect(stanceIds).toContain(statement.stance)
  }
})

test.each(heldOut5)('$id codes each act once, 8 to 14 of them', ({ coded }) => {
  expect(coded.length).toBeGreaterThanOrEqual(8)
  expect(coded.length).toBeLessThanOrEqual(14)
  // Two statements share a passage only when several actors are the subject of one verb.
  expect(unique(coded.map((statement) => `${statement.actorId}\n${statement.passage}`))).toBe(true)
  for (const statement of coded)
    expect(statement.furtherPassages ?? []).not.toContain(statement.passage)
})

test('the set holds over a hundred statements, every stance of the scale among them', () => {
  const statements = heldOut5.flatMap((source) => source.coded)
  expect(statements.length).toBeGreaterThanOrEqual(100)
  for (const stance of [...stanceIds, null])
    expect(statements.filter((statement) => statement.stance === stance).length).toBeGreaterThan(4)
})
