import { expect, test } from 'vitest'
import * as z from 'zod/mini'
import { codebookSchema } from '../../src/lib/schemas/codebook'
import { datasetMetaSchema } from '../../src/lib/schemas/event'
import { problemSchema } from '../../src/lib/schemas/problem'
import { stanceSummarySchema } from '../../src/lib/schemas/stance-summary'
import { statementSchema } from '../../src/lib/schemas/statement'

const get = (path: string) => fetch(`http://localhost:3000${path}`)
const data = async <T>(response: Response, schema: z.ZodMiniType<T>) =>
  z.object({ data: schema }).parse(await response.json()).data

test('/api/meta lists every published version; the latest is served by default', async () => {
  const meta = await data(await get('/api/meta'), datasetMetaSchema)
  expect(meta.version).toBe('2026-12-07.2')
  expect(meta.versions?.map((item) => [item.version, item.codebookVersion])).toEqual([
    ['2026-11-27.1', '1.0.0'],
    ['2026-11-28.1', '2.0.0'],
    ['2026-12-07.1', '3.0.0'],
    ['2026-12-07.2', '3.1.0'],
  ])
  // The latest says in sentences what it changed and why.
  expect(meta.note).toContain('a statement belongs to whoever acted, not to whoever relayed it')
})

test('the relay rule moved the separatists’ acts in the latest version; 3.0.0 stays as published', async () => {
  const actorsOf = async (query: string) =>
    (await data(await get(`/api/statements${query}`), z.array(statementSchema))).map(
      (statement) => statement.actorId,
    )
  const ceaseFire = 'q=%22have+agreed+to+a+cease-fire%22'
  expect(await actorsOf(`?${ceaseFire}&version=2026-12-07.1`)).toEqual(['azerbaijan'])
  expect(await actorsOf(`?${ceaseFire}`)).toEqual(['karabakh-armenians'])
  expect(await actorsOf('?actor=karabakh-armenians')).toHaveLength(3)
  expect(await actorsOf('?actor=karabakh-armenians&version=2026-12-07.1')).toHaveLength(1)
  const codebook = await data(await get('/api/codebook?version=2026-12-07.1'), codebookSchema)
  expect(codebook.rules?.map((rule) => rule.id)).not.toContain('relay')
})

test('the second version stays servable with codebook 2’s words, written for one event', async () => {
  const v2 = '?version=2026-11-28.1'
  const codebook = await data(await get(`/api/codebook${v2}`), codebookSchema)
  expect(codebook.version).toBe('2.0.0')
  expect(codebook.stances.map((stance) => stance.label)).toEqual([
    'Supports the operation',
    'Calls on all sides',
    'Urges Azerbaijan to halt',
    'Condemns the operation',
  ])
  const latest = await data(await get('/api/codebook'), codebookSchema)
  expect(latest.stances.map((stance) => stance.label)).toEqual([
    'Supports {action}',
    'Calls on all sides',
    'Urges {initiator} to halt',
    'Condemns {action}',
  ])
})

test('the first version stays servable as published, with its codebook and its rule', async () => {
  const v1 = '?version=2026-11-27.1'
  const codebook = await data(await get(`/api/codebook${v1}`), codebookSchema)
  expect(codebook.version).toBe('1.0.0')
  expect(codebook.derivationRule).toMatch(/A tie goes to the stance further along the scale/)
  const statements = await data(await get(`/api/statements${v1}`), z.array(statementSchema))
  expect(statements).toHaveLength(22)
  expect(statements.map((statement) => statement.id)).toContain(
    'turkiye-erdogan-negotiation-process',
  )
  const turkiye = await data(await get(`/api/stances/turkiye${v1}`), stanceSummarySchema)
  expect(turkiye).toMatchObject({ stance: 'supports', basis: 'most-frequent', basedOn: 3 })
  const filtered = await data(
    await get(`/api/statements${v1}&actor=turkiye&statement-stance=supports`),
    z.array(statementSchema),
  )
  expect(filtered).toHaveLength(2)
})

test('the latest version codes Türkiye once and derives its stance by the decisive rule', async () => {
  const turkiye = await data(await get('/api/stances/turkiye'), stanceSummarySchema)
  expect(turkiye).toMatchObject({ stance: 'supports', basis: 'decisive', basedOn: 1 })
  const statement = await data(await get('/api/statements/us-blinken-calls'), statementSchema)
  expect(statement.passages.map((passage) => passage.text)).toEqual([
    statement.passage.text,
    'the U.S. called on Baku to halt hostilities',
  ])
})

test('an unknown version is refused on every resource, naming it', async () => {
  for (const path of [
    '/api/statements',
    '/api/stances',
    '/api/codebook',
    '/api/meta',
    '/api/actors',
    '/api/sources',
    '/api/events/karabakh-2023',
  ]) {
    const response = await get(`${path}?version=1999-01-01.1`)
    expect(response.status, path).toBe(400)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    const problem = problemSchema.parse(await response.json())
    expect(problem.detail).toBe(
      'No dataset version "1999-01-01.1". Served versions: 2026-11-27.1, 2026-11-28.1, 2026-12-07.1, 2026-12-07.2.',
    )
  }
})
