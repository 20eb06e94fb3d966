import { z } from 'zod'
import { problemTypes } from '../../../mocks/problem-types'
import { ask, type Asked } from './ask'

type Json = { [key: string]: unknown }
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const ndjson = { Accept: 'application/x-ndjson' }
const listed = z.object({ data: z.array(z.record(z.string(), z.unknown())) })
const statementsPage = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      speaker: z.string().nullable(),
      date: z.object({ earliest: z.string() }),
    }),
  ),
  meta: z.object({ next: z.string().nullable() }),
})
const metaAnswer = z.object({
  data: z.object({
    version: z.string(),
    versions: z.array(z.object({ version: z.string() })).optional(),
  }),
})

async function read<T>(port: number, path: string, schema: z.ZodType<T>): Promise<T> {
  const answer = await ask(port, { method: 'GET', path, expect: 200 })
  return schema.parse(JSON.parse(answer.body.toString('utf8')))
}

/** The dataset's ids, versions and a few values, read from its own lists. */
async function dataOf(port: number) {
  const meta = (await read(port, '/api/meta', metaAnswer)).data
  const statements: z.infer<typeof statementsPage>['data'] = []
  let next: string | null = ''
  while (next !== null) {
    const page: z.infer<typeof statementsPage> = await read(
      port,
      `/api/statements?limit=5000${next ? `&cursor=${next}` : ''}`,
      statementsPage,
    )
    statements.push(...page.data)
    next = page.meta.next
  }
  const idsOf = async (list: string, key: string) =>
    (await read(port, list, listed)).data.map((item) => String(item[key]))
  return {
    versions: meta.versions?.map((item) => item.version) ?? [meta.version],
    statements,
    events: await idsOf('/api/events', 'id'),
    actors: await idsOf('/api/actors', 'id'),
    /** The first item of a list in an earlier version, which may lack the latest's first. */
    firstIn: async (list: string, key: string, version: string) =>
      (
        await read(
          port,
          `${list}?version=${version}${list === '/api/statements' ? '&limit=1' : ''}`,
          listed,
        )
      ).data.map((item) => String(item[key]))[0],
    ids: async (list: string, key: string) =>
      list === '/api/statements'
        ? statements.map((statement) => statement.id)
        : list === '/api/problems'
          ? Object.values(problemTypes).map((type) => type.slug)
          : idsOf(list, key),
  }
}

type Data = Awaited<ReturnType<typeof dataOf>>

/** A value each query parameter takes, and one it refuses, from the data that answers. */
function valuesOf(name: string, schema: Json, data: Data): { good: string[]; bad: string } {
  const items = isObject(schema.items) ? schema.items : {}
  if (Array.isArray(items.enum)) return { good: items.enum.map(String), bad: 'furious' }
  const speaker = data.statements.find((statement) => statement.speaker)?.speaker
  const day = data.statements[0]?.date.earliest ?? '2023-09-20'
  const table: Record<string, { good: string[]; bad: string }> = {
    event: { good: [data.events[0] ?? 'all', 'all'], bad: 'no-such-event' },
    actor: { good: data.actors.slice(0, 2), bad: 'no-such-actor' },
    speaker: { good: speaker ? [speaker] : [], bad: 'Nobody Named So' },
    from: { good: [day], bad: '2023-13-45' },
    to: { good: [day], bad: '2023-02-30' },
    q: { good: ['the'], bad: 'a'.repeat(201) },
    limit: { good: ['2'], bad: '0' },
    cursor: { good: [], bad: 'not-a-cursor' },
  }
  return table[name] ?? { good: [], bad: 'x' }
}

const withQuery = (path: string, query: string) =>
  `${path}${path.includes('?') ? '&' : '?'}${query}`

/**
 * Every GET the contract test sends for one dataset, from the document: each path with every id
 * its list gives (and one that does not exist), every published version, each query parameter
 * with a value it takes and one it refuses, an unknown parameter and an undecodable escape; the
 * statements also as the bulk export asked for by `Accept`.
 */
export async function plannedGets(port: number, document: Json): Promise<Asked[]> {
  const data = await dataOf(port)
  const paths = isObject(document.paths) ? document.paths : {}
  const planned: Asked[] = []
  const get = (path: string, expect: number, headers?: Record<string, string>) =>
    planned.push({ method: 'GET', path, expect, ...(headers ? { headers } : {}) })
  for (const [template, item] of Object.entries(paths)) {
    const operation = isObject(item) && isObject(item.get) ? item.get : {}
    const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []).filter(
      isObject,
    )
    const query = parameters.filter((parameter) => parameter.in === 'query')
    const slot = /\{([^}]+)\}/.exec(template)
    const list = template.slice(0, slot?.index ?? template.length).replace(/\/$/, '')
    const concrete = slot
      ? (await data.ids(list, slot[1] ?? 'id')).map((id) =>
          template.replace(slot[0], encodeURIComponent(id)),
        )
      : [template]
    const first = concrete[0] ?? template
    concrete.forEach((path) => get(path, 200))
    if (slot) get(`${list}/no-such-id`, 404)
    get(withQuery(first, 'unknown-parameter=1'), 400)
    get(withQuery(first, 'x=%ff'), 400)
    if (query.some((parameter) => parameter.name === 'version')) {
      for (const version of data.versions) {
        const id = slot ? await data.firstIn(list, slot[1] ?? 'id', version) : undefined
        const path = slot && id ? template.replace(slot[0], encodeURIComponent(id)) : first
        get(withQuery(path, `version=${version}`), 200)
      }
      get(withQuery(first, 'version=no-such-version'), 400)
    }
    for (const parameter of query) {
      const name = String(parameter.name)
      if (name === 'version') continue
      const { good, bad } = valuesOf(name, isObject(parameter.schema) ? parameter.schema : {}, data)
      good.forEach((value) => get(withQuery(first, `${name}=${encodeURIComponent(value)}`), 200))
      get(withQuery(first, `${name}=${encodeURIComponent(bad)}`), 400)
    }
  }
  // The export asked for by `Accept`, as scripts did before it had its own path.
  get('/api/statements', 200, ndjson)
  get('/api/statements?stance=condemns&limit=2', 200, ndjson)
  get(`/api/statements?version=${data.versions[0] ?? ''}`, 200, ndjson)
  get('/api/statements?stance=furious', 400, ndjson)
  return planned
}
