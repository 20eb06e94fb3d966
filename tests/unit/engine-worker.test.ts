import { expose } from 'comlink'
import { afterEach, expect, test } from 'vitest'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createEngineClient } from '../../src/lib/engine/engine-client'
import { createEngineService } from '../../src/lib/engine/engine-service'
import { createEngine } from '../../src/lib/engine/query'
import { shownActors } from '../../src/lib/engine/results'
import { emptyEngineQuery } from '../../src/lib/engine/types'
import { articleData } from './engine-fixtures'

// The worker's side and the page's side, joined by a message channel as a Worker would join them.
const channels: MessageChannel[] = []
function connect() {
  const channel = new MessageChannel()
  channels.push(channel)
  expose(createEngineService(), channel.port1)
  return createEngineClient(channel.port2)
}
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close()
    channel.port2.close()
  }
})

test('answers a query with what the engine shows and counts', async () => {
  const client = connect()
  const summary = await client.load(articleData)
  expect(summary.statementCount).toBe(articleData.statements.length)
  expect(summary.values.event).toEqual(['karabakh-2023'])
  const query = { ...emptyEngineQuery, stance: ['condemns'], q: 'ceasefire' }
  const answer = await client.query(query)
  const local = createEngine(buildIndex(articleData))
  const expected = shownActors(local.index, local.query(query))
  expect(answer?.actorIds).toEqual(expected.map((entry) => entry.actor.id))
  expect(Array.from(answer?.facets.stance.actors ?? [])).toEqual(
    Array.from(local.query(query).facets.stance.actors),
  )
  const statements = await client.statements(Array.from(answer?.statements ?? []))
  expect(statements.map((statement) => statement.id)).toEqual(
    expected.flatMap((entry) => entry.statements.map((statement) => statement.id)),
  )
})

test('a newer query supersedes the ones still waiting', async () => {
  const client = connect()
  await client.load(articleData)
  const typed = ['c', 'ce', 'cea', 'ceas', 'cease']
  const answers = await Promise.all(typed.map((q) => client.query({ ...emptyEngineQuery, q })))
  expect(answers.slice(0, -1)).toEqual([null, null, null, null])
  expect(answers.at(-1)?.actorIds.length).toBeGreaterThan(0)
})

test('highlights what a search matched in a statement', async () => {
  const client = connect()
  await client.load(articleData)
  const statement = articleData.statements.find((candidate) =>
    candidate.passage.text.includes('cease-fire'),
  )
  const ranges = await client.matches(statement?.id ?? '', 'ceasefire')
  const text = statement?.passage.text ?? ''
  expect(ranges.map(([start, end]) => text.slice(start, end))).toContain('cease-fire')
})

test('a query before any dataset is loaded gets a clear message', async () => {
  const client = connect()
  await expect(client.query(emptyEngineQuery)).rejects.toThrow(
    'The filtering engine has no dataset yet: load one first.',
  )
})

test('the worker skips a query that a newer one overtook before it began', async () => {
  const service = createEngineService()
  service.load(articleData)
  const [older, newer] = await Promise.all([
    service.query({ ...emptyEngineQuery, q: 'cea' }, 1),
    service.query({ ...emptyEngineQuery, q: 'cease' }, 2),
  ])
  expect(older).toBeNull()
  expect(newer?.actorIds.length).toBeGreaterThan(0)
})
