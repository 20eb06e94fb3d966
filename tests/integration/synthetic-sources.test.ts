import { expect, test } from 'vitest'
import * as z from 'zod'
import { syntheticDataset } from '../../mocks/handlers/dataset'
import { syntheticSourceHandlers } from '../../mocks/handlers/synthetic-sources'
import { source as articleSource } from '../../data/source'
import { server } from '../../mocks/serve/node'
import { syntheticLabel } from '../../data/synthetic/templates'
import { syntheticSourceLabel } from '../../src/lib/engine/synthetic-sources'
import { pageDatasetOf } from '../../src/lib/engine/synthetic'

// What the page holds of the corpus its worker made: the sources without their texts.
const corpus = syntheticDataset({ size: 300, events: 4 }).latest
const page = pageDatasetOf({
  ...corpus,
  meta: { ...corpus.meta, synthetic: true, label: syntheticLabel, size: 300 },
})

const answerSchema = z.object({ data: z.object({ id: z.string(), text: z.string() }) })

const get = async (id: string) => {
  const response = await fetch(`http://localhost/api/sources/${encodeURIComponent(id)}`)
  const body: unknown = await response.json()
  return { response, body }
}

test('the page’s mock API serves a synthetic source’s text, labelled, with its statements’ words where they point', async () => {
  server.use(...syntheticSourceHandlers(page))
  const statement = page.statements[0]
  if (!statement) throw new Error('the corpus has no statement')
  const { response, body } = await get(statement.sourceId)
  expect(response.status).toBe(200)
  expect(response.headers.get('X-Dataset')).toBe('synthetic')
  const { data } = answerSchema.parse(body)
  expect(data.id).toBe(statement.sourceId)
  const { text } = data
  expect(text.startsWith(syntheticSourceLabel)).toBe(true)
  expect(text.slice(statement.passage.start, statement.passage.end)).toBe(statement.passage.text)
})

test('beside the synthetic sources the article’s source is served as before', async () => {
  server.use(...syntheticSourceHandlers(page))
  const { response, body } = await get(articleSource.id)
  expect(response.status).toBe(200)
  expect(body).toMatchObject({ data: { id: articleSource.id, text: articleSource.text } })
})
