import { expect, test } from 'vitest'
import * as z from 'zod/mini'
import { openApiDocument } from '../../mocks/openapi'
import { reliabilityAnswerSchema } from '../../src/lib/codebook/reliability'

const get = (path: string) => fetch(`http://localhost:3000${path}`)
const answer = async (path: string) =>
  z.object({ data: reliabilityAnswerSchema }).parse(await (await get(path)).json()).data

test('/api/reliability gives every field its agreement, alpha and interval over every unit', async () => {
  const { available, reliability } = await answer('/api/reliability')
  expect(available).toBe(true)
  expect(reliability?.coders).toEqual(['A', 'C'])
  expect(reliability?.bootstrap).toEqual({ resamples: 10_000, seed: 20_230_920, confidence: 0.95 })
  const units = reliability?.units
  for (const field of reliability?.fields ?? []) {
    expect(field.units, field.id).toBe(field.scope === 'all' ? units?.all : units?.placed)
    if (field.alpha !== null) {
      expect(field.interval, field.id).not.toBeNull()
      expect(field.interval?.low, field.id).toBeLessThanOrEqual(field.interval?.high ?? -1)
    }
  }
  const ids = reliability?.fields.map((field) => field.id)
  expect(ids).toEqual(
    expect.arrayContaining(['actor', 'explicit', 'further-passages', 'addressees', 'stance-scale']),
  )
  expect(reliability?.fields.find((field) => field.id === 'stance-scale')).toMatchObject({
    scope: 'placed',
    level: 'ordinal',
  })
})

test('/api/reliability cites the rule that resolves each disagreement, by id and in words', async () => {
  const { reliability } = await answer('/api/reliability')
  expect(reliability?.disagreements.length).toBeGreaterThan(0)
  for (const item of reliability?.disagreements ?? []) {
    expect(item.resolution?.rule, item.key).toMatch(/^[a-z-]+$/)
    expect(item.resolution?.ruleTitle, item.key).toMatch(/^[A-Z]/)
  }
})

test('the measure is of the latest version only: a version asked for is refused', async () => {
  const response = await get('/api/reliability?version=2026-12-07.1')
  expect(response.status).toBe(400)
  expect(response.headers.get('content-type')).toContain('application/problem+json')
  const parameters = JSON.stringify(openApiDocument.paths['/api/reliability'].get.parameters)
  expect(parameters).not.toContain('"version"')
})

test('the OpenAPI document describes the answer, intervals and resolutions included', () => {
  const path = openApiDocument.paths['/api/reliability'].get.responses[200]
  const schema = JSON.stringify(path.content['application/json'].schema)
  expect(schema).toContain('ReliabilityAnswer')
  const component = JSON.stringify(openApiDocument.components.schemas.ReliabilityAnswer)
  for (const word of ['interval', 'undefinedDraws', 'ruleTitle', 'bootstrap', 'onlySecond']) {
    expect(component).toContain(`"${word}"`)
  }
})
