import type { Server } from 'node:http'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { setFaultPlan } from '../../mocks/faults'
import { createHandlers, handlers } from '../../mocks/handlers/all'
import { syntheticDataset } from '../../mocks/handlers/dataset'
import { startHttpApi } from '../../mocks/serve/http-server'
import { ask, askAll, type Answer, type Asked } from './contract/ask'
import { plannedGets } from './contract/plan'
import { contractOf } from './contract/validate'

// Every answer of every endpoint, of both datasets, checked against the OpenAPI document the API
// serves: what a client generated from the document relies on. Thousands of requests on a busy
// two-core machine take a while.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 })

type Json = { [key: string]: unknown }
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const servers: Server[] = []
const ports = { article: 0, synthetic: 0 }
beforeAll(async () => {
  const start = async (served: Parameters<typeof startHttpApi>[2]) => {
    const server = await startHttpApi(0, '127.0.0.1', served)
    servers.push(server)
    const address = server.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    return address.port
  }
  ports.article = await start(handlers)
  ports.synthetic = await start(createHandlers(syntheticDataset({ size: 480, events: 12 })))
})
afterAll(async () => {
  setFaultPlan({})
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
})

const otherMethods = ['PUT', 'POST', 'DELETE', 'PATCH', 'TRACE']
const tooLarge = `q=${'a'.repeat(17_000)}`

/** Asks, checks every answer, and asks again for what answers lead to, until nothing is left. */
async function exercise(port: number) {
  const document: unknown = JSON.parse(
    (await ask(port, { method: 'GET', path: '/api/openapi.json', expect: 200 })).body.toString(),
  )
  if (!isObject(document)) throw new Error('The document is not an object.')
  const contract = contractOf(document)
  const report = {
    answers: 0,
    failed: 0,
    lines: 0,
    mismatches: [] as string[],
    seen: new Set<string>(),
  }
  const types = new Set<string>()

  /** What an answer leads to: the next page, the same question with its tag, the problem's page. */
  function leadsTo(asked: Asked, answer: Answer, parsed: unknown): Asked[] {
    const more: Asked[] = []
    if (isObject(parsed) && typeof parsed.type === 'string') types.add(parsed.type)
    const next = isObject(parsed) && isObject(parsed.meta) ? parsed.meta.next : null
    if (typeof next === 'string' && asked.method === 'GET' && !asked.headers?.['If-None-Match'])
      more.push({ ...asked, path: `${asked.path.replace(/&cursor=[^&]*/, '')}&cursor=${next}` })
    const tag = answer.headers.etag
    if (tag && answer.status === 200 && !asked.headers?.['If-None-Match'])
      more.push({ ...asked, headers: { ...asked.headers, 'If-None-Match': tag }, expect: 304 })
    return more
  }

  async function run(batch: readonly Asked[]) {
    let pending = [...batch]
    while (pending.length > 0) {
      const answers = await askAll(port, pending)
      const following: Asked[] = []
      pending.forEach((asked, at) => {
        const answer = answers[at]
        if (!answer) return
        const checked = contract.check(asked, answer)
        report.answers += 1
        if (checked.mismatches.length > 0) report.failed += 1
        report.lines += checked.lines
        if (checked.key) report.seen.add(checked.key)
        const said = `${asked.method} ${asked.path.slice(0, 120)} ${JSON.stringify(asked.headers ?? {}).slice(0, 80)}`
        report.mismatches.push(...checked.mismatches.map((problem) => `${said}: ${problem}`))
        following.push(...leadsTo(asked, answer, checked.parsed))
      })
      pending = following
    }
  }

  const gets = await plannedGets(port, document)
  await run(gets.flatMap((asked) => [asked, { ...asked, method: 'HEAD' }]))

  const paths = isObject(document.paths) ? document.paths : {}
  const firsts = Object.keys(paths).map(
    (template) =>
      gets.find((asked) => contract.templateOf(asked.path) === template && asked.expect === 200)
        ?.path ?? template,
  )
  const tagOf = async (path: string) =>
    (await ask(port, { method: 'GET', path, expect: 200 })).headers.etag ?? ''
  for (const path of firsts) {
    const tag = await tagOf(path)
    const conditional = (value: string, expect: number): Asked[] =>
      ['GET', 'HEAD'].map((method) => ({
        method,
        path,
        headers: { 'If-None-Match': value },
        expect,
      }))
    await run([
      ...conditional(`W/${tag}`, 304),
      ...conditional(`"stale", W/${tag}`, 304),
      ...conditional('*', 304),
      ...conditional('"stale"', 200),
      ...otherMethods.map((method) => ({ method, path, expect: 405 })),
      {
        method: 'OPTIONS',
        path,
        headers: {
          Origin: 'https://elsewhere.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'if-none-match',
        },
        expect: 204,
      },
      ...['GET', 'HEAD', 'OPTIONS', ...otherMethods].map((method) => ({
        method,
        path: `${path}${path.includes('?') ? '&' : '?'}${tooLarge}`,
        expect: 431,
        raw: true,
      })),
    ])
  }
  // No endpoint: no operation to check against, but the answer is still a problem.
  for (const path of ['/api/nowhere', '/nowhere', '/api/statements/a/b']) {
    const answer = await ask(port, { method: 'GET', path, expect: 404 })
    report.answers += 1
    const errors = contract.errorsOf(contract.problemSchema, JSON.parse(answer.body.toString()))
    if (answer.status !== 404 || errors.length > 0) {
      report.failed += 1
      report.mismatches.push(`GET ${path}: ${answer.status} ${errors.join(', ')}`)
    }
  }
  // Every endpoint whose document says a fault can fail it, failing.
  setFaultPlan({ '*': 'error' })
  try {
    await run(
      firsts.flatMap((path) => {
        const template = contract.templateOf(path) ?? ''
        const fails = isObject(paths[template]) && JSON.stringify(paths[template]).includes('"500"')
        const expect = fails ? 500 : 200
        return [
          { method: 'GET', path, expect },
          { method: 'HEAD', path, expect },
        ]
      }),
    )
  } finally {
    setFaultPlan({})
  }
  // Each problem's `type` leads to its page.
  await run([...types].map((type) => ({ method: 'GET', path: type, expect: 200 })))
  return { ...report, documented: contract.documentedKeys(), types }
}

const results: Record<string, Awaited<ReturnType<typeof exercise>>> = {}

test.each(['article', 'synthetic'] as const)(
  'every answer of the %s dataset matches the OpenAPI document',
  async (dataset) => {
    const result = await exercise(ports[dataset])
    results[dataset] = result
    console.info(
      `${dataset}: ${result.answers} answers (${result.lines} NDJSON lines) over ${new Set([...result.seen].map((key) => key.split(' ').slice(0, 2).join(' '))).size} operations; ${result.failed} answers with ${result.mismatches.length} mismatches`,
    )
    expect(result.mismatches.slice(0, 20)).toEqual([])
    expect(result.mismatches.length).toBe(0)
    expect(result.lines).toBeGreaterThan(0)
    expect([...result.types].sort()).toEqual(
      expect.arrayContaining(['/api/problems/bad-request', '/api/problems/not-found']),
    )
  },
)

test('every status of every operation in the document was seen in an answer', () => {
  const seen = new Set([...(results.article?.seen ?? []), ...(results.synthetic?.seen ?? [])])
  const documented = results.article?.documented ?? []
  expect(documented.length).toBeGreaterThan(100)
  expect(documented.filter((key) => !seen.has(key))).toEqual([])
})
