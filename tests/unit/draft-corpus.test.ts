import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { event } from '../../data/event'
import { sourceText } from '../../data/source-text'
import { statements } from '../../data/statements'
import { gazetteerEntry } from '../../src/lib/gazetteer/gazetteer'
import { extractDrafts } from '../../src/lib/workspace/extract'
import { scoreDrafts } from '../../src/lib/workspace/extract-score'
import { heldOut } from '../fixtures/draft-corpus/held-out'
import { measure } from '../fixtures/draft-corpus/measure'
import { tune } from '../fixtures/draft-corpus/tune'
import { tuneB } from '../fixtures/draft-corpus/tune-b'
import { tuneC } from '../fixtures/draft-corpus/tune-c'
import { tuneD } from '../fixtures/draft-corpus/tune-d'
import { tuneE } from '../fixtures/draft-corpus/tune-e'
import { tuneF } from '../fixtures/draft-corpus/tune-f'
import { tuneG } from '../fixtures/draft-corpus/tune-g'

// The figures measured on the held-out sources, which never shaped the rules, on each set of tune
// sources and on the bundled article, held as floors: a change to the drafts may raise them, never
// lower them. The held-out floors are the fifth held-out set's, measured once unseen; the README
// states the held-out and the article figures.
const floors = {
  heldOut: { recall: 0.68, precision: 0.82, stance: 0.66 },
  article: { recall: 0.86, precision: 0.91 },
}
const tuneSets = [
  { name: 'tune', sources: tune, floor: { recall: 1, precision: 1, stance: 1 } },
  { name: 'tune-b', sources: tuneB, floor: { recall: 1, precision: 1, stance: 1 } },
  { name: 'tune-c', sources: tuneC, floor: { recall: 0.98, precision: 0.98, stance: 0.96 } },
  { name: 'tune-d', sources: tuneD, floor: { recall: 1, precision: 1, stance: 0.97 } },
  { name: 'tune-e', sources: tuneE, floor: { recall: 1, precision: 1, stance: 0.98 } },
  { name: 'tune-f', sources: tuneF, floor: { recall: 1, precision: 1, stance: 0.98 } },
  { name: 'tune-g', sources: tuneG, floor: { recall: 0.97, precision: 0.98, stance: 1 } },
]
const tuning = tuneSets.flatMap((set) => set.sources)
const sources = [...tuning, ...heldOut]

test.each(tuneSets)('on the $name sources the drafts keep their figures', ({ sources, floor }) => {
  const score = measure(sources)
  expect(score.recall).toBeGreaterThanOrEqual(floor.recall)
  expect(score.precision).toBeGreaterThanOrEqual(floor.precision)
  expect(score.stance).toBeGreaterThanOrEqual(floor.stance)
})

// The held-out list is empty between one set's retirement and the next one's arrival.
test.runIf(heldOut.length > 0)(
  'on the held-out sources the drafts find the actors and stances they found when measured',
  () => {
    const score = measure(heldOut)
    expect(score.coded).toBeGreaterThan(0)
    expect(score.recall).toBeGreaterThanOrEqual(floors.heldOut.recall)
    expect(score.precision).toBeGreaterThanOrEqual(floors.heldOut.precision)
    expect(score.stance).toBeGreaterThanOrEqual(floors.heldOut.stance)
  },
)

test('on the bundled article, read against its event, the drafts are no worse than measured', () => {
  const score = scoreDrafts(extractDrafts(sourceText, { event }), statements)
  expect(score.coded).toBe(22)
  expect(score.recall).toBeGreaterThanOrEqual(floors.article.recall)
  expect(score.precision).toBeGreaterThanOrEqual(floors.article.precision)
})

test('the README states the held-out and the article figures the floors hold', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8').replace(
    /\s+/g,
    ' ',
  )
  const percent = (value: number) => `${Math.floor(value * 100).toString()}%`
  const article = scoreDrafts(extractDrafts(sourceText, { event }), statements)
  expect(readme).toContain(
    `on the bundled article: actors ${percent(article.recall)} found, ${percent(article.precision)} of drafts right`,
  )
  if (heldOut.length === 0) {
    // Between two held-out sets the README says no figure is measured on one.
    expect(readme).toContain('a new held-out set is being written')
    return
  }
  const held = measure(heldOut)
  expect(readme).toContain(
    `held-out sources: actors ${percent(held.recall)} found, ${percent(held.precision)} of drafts right, stances ${percent(held.stance)} right`,
  )
})

test('the test sources are at least twelve, in six genres or more, split in two halves', () => {
  expect(sources.length).toBeGreaterThanOrEqual(12)
  expect(new Set(sources.map((source) => source.genre)).size).toBeGreaterThanOrEqual(6)
  expect(tuning.every((source) => source.split === 'tune')).toBe(true)
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
