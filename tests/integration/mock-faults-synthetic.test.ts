import { expect, test } from 'vitest'
import { setFaultPlan, setLatency } from '../../mocks/faults'
import { createHandlers } from '../../mocks/handlers/all'
import { syntheticDataset } from '../../mocks/handlers/dataset'
import { syntheticSourceHandlers } from '../../mocks/handlers/synthetic-sources'
import { server } from '../../mocks/serve/node'
import { syntheticLabel } from '../../data/synthetic/templates'
import { pageDatasetOf } from '../../src/lib/engine/synthetic'

// A small synthetic dataset: every answer from it carries the synthetic label.
const served = syntheticDataset({ size: 300 })

test('the "offline" fault over synthetic data fails as a network error, not as a 500', async () => {
  server.use(...createHandlers(served))
  const before = await fetch('http://localhost/api/statements')
  expect(before.headers.get('X-Dataset')).toBe('synthetic')
  setFaultPlan({ statements: 'offline' })
  await expect(fetch('http://localhost/api/statements')).rejects.toThrow(TypeError)
  await expect(fetch('http://localhost/api/statements.ndjson')).rejects.toThrow(TypeError)
})

test('a synthetic source asked for while the sources are "offline" fails as a network error', async () => {
  const corpus = served.latest
  const page = pageDatasetOf({
    ...corpus,
    meta: { ...corpus.meta, synthetic: true, label: syntheticLabel, size: 300 },
  })
  server.use(...syntheticSourceHandlers(page))
  const id = page.statements[0]?.sourceId ?? ''
  expect((await fetch(`http://localhost/api/sources/${id}`)).headers.get('X-Dataset')).toBe(
    'synthetic',
  )
  setFaultPlan({ sources: 'offline' })
  await expect(fetch(`http://localhost/api/sources/${id}`)).rejects.toThrow(TypeError)
})

/** How long an answer takes to arrive whole, in milliseconds. */
async function timed(url: string, headers: Record<string, string> = {}) {
  const started = performance.now()
  const response = await fetch(url, { headers })
  await response.text()
  return { status: response.status, ms: performance.now() - started }
}

test('the NDJSON export waits the fault latency as the JSON page does', async () => {
  setLatency(400)
  for (const answer of [
    await timed('http://localhost/api/statements'),
    await timed('http://localhost/api/statements.ndjson'),
    await timed('http://localhost/api/statements', { Accept: 'application/x-ndjson' }),
  ]) {
    expect(answer.status).toBe(200)
    expect(answer.ms).toBeGreaterThanOrEqual(390)
  }
})
