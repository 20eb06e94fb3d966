import fc from 'fast-check'
import { expose } from 'comlink'
import { afterEach, expect, test } from 'vitest'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createEngineClient } from '../../src/lib/engine/engine-client'
import { createEngineService } from '../../src/lib/engine/engine-service'
import { namedSearch } from '../../src/lib/engine/named-search'
import { otherNamesOf } from '../../src/lib/engine/other-names'
import { createEngine } from '../../src/lib/engine/query'
import { shownActors } from '../../src/lib/engine/results'
import { parseSearch } from '../../src/lib/engine/search'
import { emptyEngineQuery, type EngineData } from '../../src/lib/engine/types'
import { smallCorpus } from '../engine-over-channel'
import { articleData, searchWords, smallSyntheticData } from './engine-fixtures'

/** The statements a search shows, by id, with or without other names. */
function found(data: EngineData, q: string, { names = true } = {}) {
  const index = buildIndex(data)
  const engine = createEngine(index, names ? namedSearch(index) : undefined)
  return shownActors(index, engine.query({ ...emptyEngineQuery, q })).flatMap((entry) =>
    entry.statements.map((statement) => statement.id),
  )
}
const statementsOf = (data: EngineData, actorId: string) =>
  data.statements.filter((statement) => statement.actorId === actorId).map(({ id }) => id)

test('“Turkey” and “Ankara” find Türkiye’s statements, which the words alone do not', () => {
  const turkiye = statementsOf(articleData, 'turkiye')
  expect(turkiye.length).toBeGreaterThan(0)
  for (const q of ['Turkey', 'ankara']) {
    expect(found(articleData, q, { names: false })).toEqual([])
    expect(found(articleData, q)).toEqual(turkiye)
  }
})

test('“Pashinyan” finds Armenia’s statements and the article’s “Pashinian” in others’ words', () => {
  expect(found(articleData, 'Pashinyan', { names: false })).toEqual([])
  const shown = found(articleData, 'Pashinyan')
  expect(shown).toEqual(expect.arrayContaining(statementsOf(articleData, 'armenia')))
  // Blinken's calls name Pashinian, and are the United States' statements.
  expect(shown).toEqual(expect.arrayContaining(found(articleData, 'Pashinian', { names: false })))
  expect(found(articleData, 'Pashinian')).toEqual(shown)
})

test('every other term must still match: a name narrows like any word', () => {
  const both = found(articleData, 'Turkey "territorial integrity"')
  expect(both.length).toBeGreaterThan(0)
  expect(both.length).toBeLessThan(statementsOf(articleData, 'turkiye').length)
  expect(found(articleData, 'Turkey nonesuch')).toEqual([])
})

test('a person stands for the actor only in the source that names them in office', () => {
  // The article's statements as if another report carried them: Pashinian held no office there.
  const elsewhere = {
    ...articleData,
    statements: articleData.statements.map((statement) => ({
      ...statement,
      sourceId: 'another-report',
    })),
  }
  const armenia = statementsOf(elsewhere, 'armenia')
  expect(found(elsewhere, 'Pashinyan')).not.toEqual(expect.arrayContaining(armenia))
  // The spelling is still looked for in the words, and a capital stands for its state anywhere.
  expect(found(elsewhere, 'Pashinyan')).toEqual(found(elsewhere, 'Pashinian', { names: false }))
  expect(found(elsewhere, 'Yerevan')).toEqual(armenia)
})

test('a search with no other name in it finds exactly what the words alone find', () => {
  const data = smallSyntheticData(3)
  const index = buildIndex(data)
  const named = createEngine(index, namedSearch(index))
  const plain = createEngine(index)
  const names = otherNamesOf(data.actors)
  const words = searchWords(data).filter(
    (word) => names.resolve(parseSearch(word)).names.length === 0,
  )
  fc.assert(
    fc.property(fc.subarray(words, { minLength: 1, maxLength: 2 }), (typed) => {
      const query = { ...emptyEngineQuery, q: typed.join(' ') }
      expect(Array.from(named.query(query).statements)).toEqual(
        Array.from(plain.query(query).statements),
      )
    }),
    { numRuns: 150 },
  )
})

const channels: MessageChannel[] = []
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close()
    channel.port2.close()
  }
})

test('the engine in its worker knows other names from the start', async () => {
  const channel = new MessageChannel()
  channels.push(channel)
  expose(createEngineService(), channel.port1)
  const client = createEngineClient(channel.port2)
  await client.load(articleData)
  const answer = await client.query({ ...emptyEngineQuery, q: 'Ankara' })
  expect(answer?.actorIds).toEqual(['turkiye'])
})

test('in the synthetic corpus, “Brussels” finds Belgium’s statements and the EU’s alike', async () => {
  const channel = new MessageChannel()
  channels.push(channel)
  expose(createEngineService(), channel.port1)
  const client = createEngineClient(channel.port2)
  const corpus = smallCorpus()
  await client.load(corpus)
  const answer = await client.query({ ...emptyEngineQuery, q: 'Brussels' })
  const spoke = new Set(corpus.statements.map((statement) => statement.actorId))
  const expected = ['belgium', 'european-union'].filter((id) => spoke.has(id))
  expect(expected.length).toBeGreaterThan(0)
  expect(answer?.actorIds).toEqual(expect.arrayContaining(expected))
  const shown = await client.statements(Array.from(answer?.statements ?? []))
  for (const statement of shown)
    if (!expected.includes(statement.actorId)) expect(statement.passage.text).toMatch(/Brussels/)
})
