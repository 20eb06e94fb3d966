import { expect, test } from 'vitest'
import { z } from 'zod'
import { actors } from '../../data/actors'
import { event } from '../../data/event'
import { latestVersion } from '../../data/versions'
import { openApiDocument } from '../../mocks/openapi'
import { statementsSearch } from '../../src/lib/api/statements'
import { problemSchema } from '../../src/lib/schemas/problem'
import { statementSchema } from '../../src/lib/schemas/statement'
import { speakerOptions } from '../../src/lib/statements/voice'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import { filterRows, type FilterRow } from '../../src/lib/url-state/filter-table'
import type { KnownValues } from '../../src/lib/url-state/parameters'
import { parseUrlState, serializeUrlState } from '../../src/lib/url-state/url-state'
import { defaultViewState } from '../../src/lib/url-state/view-state'

// Each filter is one row of one table; here each row is checked where a person or a script meets
// it: in a page link, in the API, in the OpenAPI document and in the API client.
const { statements } = latestVersion
const known: KnownValues = {
  actorIds: new Set(actors.map((actor) => actor.id)),
  speakers: new Set(speakerOptions(statements)),
  eventIds: new Set(['all', event.id]),
}

/** Values a row takes: its vocabulary, the data's own ids, or a day or a word from the data. */
function valuesOf(row: FilterRow): readonly string[] {
  if (row.kind === 'date') return ['2023-09-20']
  if (row.kind === 'text') return ['ceasefire']
  if (row.kind === 'ids' && row.values) return row.values
  const set = row.known ? known[row.known] : undefined
  return set ? [...set] : []
}

const answerSchema = z.object({ data: z.array(statementSchema) })
const api = (search: string) => fetch(`http://localhost:3000/api/statements?${search}`)
async function statementsFor(search: string) {
  const response = await api(search)
  expect(response.status, search).toBe(200)
  return answerSchema.parse(await response.json()).data
}

const documented = z
  .array(
    z.object({
      name: z.string(),
      description: z.string(),
      'x-filters': z.enum(['actor', 'statement']).optional(),
      schema: z.object({ items: z.object({ enum: z.array(z.string()).optional() }).optional() }),
    }),
  )
  .parse(openApiDocument.paths['/api/statements'].get.parameters)

test('the OpenAPI document lists exactly the table’s filters, beside paging and version', () => {
  expect(documented.map((parameter) => parameter.name)).toEqual([
    ...filterRows.map(([name]) => name),
    'limit',
    'cursor',
    'version',
    'If-None-Match',
  ])
})

test.each(filterRows)(
  '?%s means the same in the link, the API, its document and its client',
  async (name, row) => {
    const parameter = documented.find((item) => item.name === name)
    expect(parameter?.description.startsWith(row.description)).toBe(true)
    expect(parameter?.['x-filters']).toBe(row.subject)
    if (row.kind === 'ids' && row.values) expect(parameter?.schema.items?.enum).toEqual(row.values)
    const values = valuesOf(row)
    expect(values.length).toBeGreaterThan(0)
    for (const value of values) {
      const search = new URLSearchParams({ [name]: value }).toString()
      const page = parseUrlState(`?${search}`, known)
      expect(page.problems, search).toEqual([])
      expect(page.filters[name], search).not.toEqual(emptyFilterState[name])
      expect((await api(search)).status, search).toBe(200)
      // The client writes a query as the page writes its link.
      const client = statementsSearch({ [name]: page.filters[name] })
      const link = new URLSearchParams(
        serializeUrlState({ view: defaultViewState, filters: page.filters }),
      )
      expect([...client], search).toEqual([...link])
    }
  },
)

test('a filter of actors keeps whole actors; a filter of statements keeps single statements', async () => {
  const countOf = (list: readonly { actorId: string }[]) => {
    const counts = new Map<string, number>()
    for (const item of list) counts.set(item.actorId, (counts.get(item.actorId) ?? 0) + 1)
    return counts
  }
  const whole = countOf(await statementsFor('limit=5000'))
  for (const [name, row] of filterRows) {
    if (row.kind !== 'ids') continue
    const partial: string[] = []
    for (const value of valuesOf(row)) {
      const search = new URLSearchParams({ [name]: value, limit: '5000' }).toString()
      for (const [actorId, count] of countOf(await statementsFor(search)))
        if (count < (whole.get(actorId) ?? 0)) partial.push(`${search}: ${actorId}`)
    }
    if (row.subject === 'actor') expect(partial, name).toEqual([])
    else expect(partial.length, name).toBeGreaterThan(0)
  }
})

test.each([
  ['a range that ends before it starts', 'from=2023-09-21&to=2023-09-19'],
  ['a day that does not exist', 'from=2023-02-30'],
  ['a day in another form', 'to=20.09.2023'],
])('%s is refused in the same words by the page and the API', async (_, search) => {
  const page = parseUrlState(`?${search}`, known)
  expect(page.filters).toEqual({ ...emptyFilterState, from: null, to: null })
  expect(page.problems).toHaveLength(1)
  const response = await api(search)
  expect(response.status).toBe(400)
  const { errors } = problemSchema.parse(await response.json())
  expect(errors).toEqual(
    page.problems.map(({ parameter, value, reason }) => ({
      field: parameter,
      message: `${reason} (got "${value}")`,
    })),
  )
})
