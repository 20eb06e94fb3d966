import { expect, test } from 'vitest'
import { z } from 'zod'
import { problemSchema } from '../../src/lib/schemas/problem'
import { stanceSummarySchema } from '../../src/lib/schemas/stance-summary'
import { statementSchema } from '../../src/lib/schemas/statement'
import { actorSchema } from '../../src/lib/schemas/actor'
import { eventSchema } from '../../src/lib/schemas/event'
import { setFaultPlan } from '../../mocks/faults'
import { allActorNames } from '../fixtures'

const origin = 'http://localhost:3000'
const get = (path: string, init?: RequestInit) => fetch(`${origin}${path}`, init)
const data = async <T>(response: Response, schema: z.ZodType<T>) =>
  z.object({ data: schema }).parse(await response.json()).data
const problem = async (response: Response) => {
  expect(response.headers.get('content-type')).toContain('application/problem+json')
  return problemSchema.parse(await response.json())
}

test('actors: the eight reacting actors come first, then the two parties', async () => {
  const actors = await data(await get('/api/actors'), z.array(actorSchema))
  expect(actors.map((actor) => actor.name)).toEqual(allActorNames)
  expect(actors.filter((actor) => actor.isParty).map((actor) => actor.id)).toEqual([
    'azerbaijan',
    'karabakh-armenians',
  ])
})

test('stances are derived from the statements as the article reports them', async () => {
  const summaries = await data(await get('/api/stances'), z.array(stanceSummarySchema))
  const stanceOf = Object.fromEntries(summaries.map((summary) => [summary.actorId, summary.stance]))
  expect(stanceOf).toEqual({
    'united-states': 'urges-halt',
    'united-nations': 'calls-on-all-sides',
    'european-union': 'condemns',
    france: 'condemns',
    germany: 'condemns',
    turkiye: 'supports',
    russia: 'calls-on-all-sides',
    armenia: 'condemns',
    azerbaijan: null,
    'karabakh-armenians': null,
  })
})

test('statements filter by stance, any of several values', async () => {
  const condemning = await data(
    await get('/api/statements?stance=condemns'),
    z.array(statementSchema),
  )
  expect(new Set(condemning.map((statement) => statement.actorId))).toEqual(
    new Set(['european-union', 'france', 'germany', 'armenia']),
  )
  const either = await data(
    await get('/api/statements?stance=condemns&stance=supports'),
    z.array(statementSchema),
  )
  const commaSeparated = await data(
    await get('/api/statements?stance=condemns,supports'),
    z.array(statementSchema),
  )
  expect(either.map((statement) => statement.id)).toEqual(
    commaSeparated.map((statement) => statement.id),
  )
  expect(new Set(either.map((statement) => statement.actorId))).toEqual(
    new Set(['european-union', 'france', 'germany', 'armenia', 'turkiye']),
  )
})

test('filters combine: every filter must match', async () => {
  const statements = await data(
    await get('/api/statements?actor=turkiye&dimension=negotiations&channel=unspecified'),
    z.array(statementSchema),
  )
  expect(statements.map((statement) => statement.id)).toEqual([
    'turkiye-support-for-operation',
    'turkiye-foreign-ministry-negotiations',
  ])
})

test('full-text search ignores case and diacritics', async () => {
  const statements = await data(await get('/api/statements?q=erdogan'), z.array(statementSchema))
  expect(statements.length).toBeGreaterThan(0)
  expect(
    statements.every((statement) =>
      /Erdoğan/.test(`${statement.passage.text} ${statement.speaker ?? ''}`),
    ),
  ).toBe(true)
})

test('a date range keeps statements whose dates overlap it', async () => {
  const statements = await data(
    await get('/api/statements?from=2023-09-19&to=2023-09-19'),
    z.array(statementSchema),
  )
  expect(statements.some((statement) => statement.id === 'turkiye-erdogan-unga')).toBe(true)
  expect(statements.some((statement) => statement.id === 'russia-foreign-ministry-telegram')).toBe(
    false,
  )
})

test('malformed and unknown query values get 400 naming each bad field', async () => {
  const response = await get(
    '/api/statements?stance=furious&from=yesterday&colour=red&actor=atlantis',
  )
  expect(response.status).toBe(400)
  const body = await problem(response)
  expect(body.errors?.map((error) => error.field).sort()).toEqual([
    'actor',
    'colour',
    'from',
    'stance',
  ])
  expect(body.errors?.find((error) => error.field === 'stance')?.message).toContain('"furious"')

  const unknownActor = await get('/api/statements?actor=atlantis')
  expect(unknownActor.status).toBe(400)
  expect((await problem(unknownActor)).errors).toEqual([
    { field: 'actor', message: 'no such actor (got "atlantis")' },
  ])
})

test('a reversed date range is refused', async () => {
  const response = await get('/api/statements?from=2023-09-21&to=2023-09-19')
  expect(response.status).toBe(400)
  expect((await problem(response)).errors?.[0]?.field).toBe('from')
})

test('unknown ids and paths get 404, other methods 405', async () => {
  for (const path of [
    '/api/actors/atlantis',
    '/api/statements/nope',
    '/api/stances/atlantis',
    '/api/sources/x',
    '/api/events/x',
    '/api/nothing',
  ]) {
    const response = await get(path)
    expect(response.status, path).toBe(404)
    expect((await problem(response)).detail).toBeTruthy()
  }
  const post = await get('/api/actors', { method: 'POST' })
  expect(post.status).toBe(405)
})

test('endpoints that take no parameters refuse them', async () => {
  const response = await get('/api/actors?kind=state')
  expect(response.status).toBe(400)
  expect((await problem(response)).errors).toEqual([
    { field: 'kind', message: 'unknown parameter "kind"' },
  ])
})

test('the source is served with its full text; the list leaves the text out', async () => {
  const list: unknown = await (await get('/api/sources')).json()
  expect(JSON.stringify(list)).not.toContain('Lachin road')
  const one: unknown = await (
    await get('/api/sources/daily-sabah-2023-09-20-karabakh-cease-fire')
  ).json()
  expect(JSON.stringify(one)).toContain('Lachin road')
})

test('the OpenAPI document describes every endpoint', async () => {
  const document = z
    .object({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) })
    .parse(await (await get('/api/openapi.json')).json())
  expect(document.openapi).toBe('3.1.0')
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining([
      '/api/statements',
      '/api/stances/{actorId}',
      '/api/codebook',
      '/api/reliability',
      '/api/meta',
    ]),
  )
})

test('injected faults: error, malformed payload', async () => {
  setFaultPlan({ statements: 'error', actors: 'malformed' })
  expect((await get('/api/statements')).status).toBe(500)
  const malformed = await get('/api/actors')
  expect(malformed.status).toBe(200)
  expect(z.object({ data: z.array(actorSchema) }).safeParse(await malformed.json()).success).toBe(
    false,
  )
  expect((await get('/api/codebook')).status).toBe(200)
})

const pageSchema = z.object({
  data: z.array(statementSchema),
  meta: z.object({ total: z.number(), limit: z.number(), next: z.string().nullable() }),
})
const pageOf = async (path: string) => pageSchema.parse(await (await get(path)).json())

test('paging with cursors returns each statement exactly once, in the full answer order', async () => {
  const whole = await pageOf('/api/statements?kind=state')
  expect(whole.meta).toEqual({ total: whole.data.length, limit: 500, next: null })
  const seen: string[] = []
  let path: string | null = '/api/statements?kind=state&limit=3'
  let pages = 0
  while (path) {
    const page: z.infer<typeof pageSchema> = await pageOf(path)
    expect(page.meta.total).toBe(whole.data.length)
    expect(page.data.length).toBeLessThanOrEqual(3)
    seen.push(...page.data.map((statement) => statement.id))
    pages += 1
    path = page.meta.next ? `/api/statements?kind=state&limit=3&cursor=${page.meta.next}` : null
  }
  expect(pages).toBe(Math.ceil(whole.data.length / 3))
  expect(seen).toEqual(whole.data.map((statement) => statement.id))
  expect(new Set(seen).size).toBe(seen.length)
})

test('a cursor from another query, a made-up cursor or a bad limit is a 400', async () => {
  const first = await pageOf('/api/statements?limit=2')
  const cursor = first.meta.next ?? ''
  expect(cursor).not.toBe('')
  const other = await get(`/api/statements?limit=2&actor=france&cursor=${cursor}`)
  expect(other.status).toBe(400)
  expect((await problem(other)).errors?.[0]?.message).toMatch(/another query/)
  const otherVersion = await get(`/api/statements?limit=2&version=2026-11-27.1&cursor=${cursor}`)
  expect(otherVersion.status).toBe(400)
  expect((await get('/api/statements?cursor=bm9wZQ')).status).toBe(400)
  for (const limit of ['0', '5001', 'ten', '2.5']) {
    const response = await get(`/api/statements?limit=${limit}`)
    expect(response.status, limit).toBe(400)
    expect((await problem(response)).errors?.[0]?.field).toBe('limit')
  }
})

test('the event filter keeps the statements of the sources an event claims', async () => {
  const events = await data(await get('/api/events'), z.array(z.object({ id: z.string() })))
  const eventId = events[0]?.id ?? ''
  const all = await pageOf('/api/statements')
  const ofEvent = await pageOf(`/api/statements?event=${eventId}`)
  expect(ofEvent.data.map((statement) => statement.id)).toEqual(
    all.data.map((statement) => statement.id),
  )
  const unknown = await get('/api/statements?event=atlantis')
  expect(unknown.status).toBe(400)
  expect((await problem(unknown)).errors).toEqual([
    { field: 'event', message: 'no such event (got "atlantis")' },
  ])
})

test('the article’s event says what the reactions are about: its initiator, action and parties', async () => {
  const [event] = await data(await get('/api/events'), z.array(eventSchema))
  expect(event?.initiator).toEqual({ actorId: 'azerbaijan', name: 'Azerbaijan' })
  expect(event?.action?.short).toBe('the operation')
  expect(event?.parties).toEqual(['azerbaijan', 'karabakh-armenians'])
  expect(event?.timeZone).toBe('Asia/Baku')
})
