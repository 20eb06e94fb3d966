import { expect, test } from 'vitest'
import { z } from 'zod'
import { codebook } from '../../data/codebook'
import { event } from '../../data/event'
import { source } from '../../data/source'
import { dataPackage } from '../../src/features/export/data-package'
import { emptyFilterState, type FilterState } from '../../src/lib/url-state/filter-state'
import { parseCsv } from '../csv-parse'
import { dataset, labels } from '../mock-dataset'
import { applyFilters } from '../reference/apply-filters'

const { text: _text, ...summary } = source

/** The package of the article's view under `state`, as the page's download makes it. */
const packageOf = (state: FilterState, synthetic = false) =>
  dataPackage({
    state,
    results: applyFilters(dataset, state),
    actors: dataset.actors,
    sources: [summary],
    labels,
    codebook,
    events: [event],
    event: event.id,
    datasetVersion: '2026-12-07.2',
    dataset: synthetic ? 'synthetic' : 'article',
    view: 'http://localhost/?stance=condemns',
    created: new Date('2026-12-07T10:00:00Z'),
  })

// Table Schema (Data Package 2.0) as far as the package uses it: what a reader relies on.
const fieldSchema = z.object({
  name: z.string(),
  type: z.enum(['string', 'integer', 'date', 'boolean']),
  format: z.optional(z.string()),
  description: z.string(),
  constraints: z.optional(
    z.object({
      required: z.optional(z.boolean()),
      enum: z.optional(z.array(z.string())),
      minimum: z.optional(z.number()),
    }),
  ),
})
const descriptorSchema = z.object({
  $schema: z.literal('https://datapackage.org/profiles/2.0/datapackage.json'),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  title: z.string(),
  description: z.string(),
  version: z.string(),
  created: z.iso.datetime(),
  licenses: z.array(z.object({ name: z.string(), path: z.url(), title: z.string() })).min(1),
  sources: z.array(z.object({ title: z.string(), path: z.optional(z.string()) })).min(1),
  resources: z.array(
    z.object({
      name: z.string().regex(/^[a-z0-9._-]+$/),
      type: z.literal('table'),
      path: z.string().regex(/^[a-z]+\.csv$/),
      format: z.literal('csv'),
      mediatype: z.literal('text/csv'),
      encoding: z.literal('utf-8'),
      schema: z.object({
        fields: z.array(fieldSchema),
        missingValues: z.array(z.string()),
        primaryKey: z.array(z.string()),
        foreignKeys: z.optional(
          z.array(
            z.object({
              fields: z.array(z.string()),
              reference: z.object({ resource: z.string(), fields: z.array(z.string()) }),
            }),
          ),
        ),
      }),
    }),
  ),
})

/** Each table's rows, read from its CSV by its schema: every value checked against its field. */
function readTables(made: ReturnType<typeof packageOf>) {
  const descriptor = descriptorSchema.parse(JSON.parse(made.files[0]!.text))
  const problems: string[] = []
  const tables = new Map<string, Record<string, string | null>[]>()
  for (const resource of descriptor.resources) {
    const text = made.files.find((file) => file.path === resource.path)?.text ?? ''
    const [header = [], ...records] = parseCsv(text)
    const { fields } = resource.schema
    expect(header, resource.name).toEqual(fields.map((field) => field.name))
    const rows = records.map((record) =>
      Object.fromEntries(
        fields.map((field, at) => {
          const cell = record[at] ?? ''
          const value = resource.schema.missingValues.includes(cell) ? null : cell
          const where = `${resource.name}.${field.name} "${cell}"`
          const { required, enum: values, minimum } = field.constraints ?? {}
          if (value === null) {
            if (required) problems.push(`${where}: required`)
          } else if (field.type === 'integer') {
            if (!/^-?\d+$/.test(value) || (minimum !== undefined && Number(value) < minimum))
              problems.push(`${where}: not an integer ≥ ${minimum}`)
          } else if (field.type === 'date') {
            if (field.format !== '%Y-%m-%d' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
              problems.push(`${where}: not a day`)
          } else if (field.type === 'boolean') {
            if (value !== 'true' && value !== 'false') problems.push(`${where}: not a boolean`)
          }
          if (value !== null && values && !values.includes(value))
            problems.push(`${where}: not one of ${values.join(', ')}`)
          return [field.name, value]
        }),
      ),
    )
    tables.set(resource.name, rows)
  }
  for (const resource of descriptor.resources) {
    const rows = tables.get(resource.name) ?? []
    const keys = rows.map((row) => resource.schema.primaryKey.map((name) => row[name]).join('|'))
    if (new Set(keys).size !== keys.length) problems.push(`${resource.name}: repeated keys`)
    for (const key of resource.schema.foreignKeys ?? []) {
      const [field = '', target = ''] = [key.fields[0], key.reference.fields[0]]
      const known = new Set((tables.get(key.reference.resource) ?? []).map((row) => row[target]))
      for (const row of rows)
        if (row[field] !== null && !known.has(row[field] ?? null))
          problems.push(`${resource.name}.${field} "${row[field]}": no ${key.reference.resource}`)
    }
  }
  return { descriptor, tables, problems }
}

test('every table’s rows keep its Table Schema: types, required fields, enums, keys', () => {
  // A filtered view too: the actors it only addresses must still be there for the keys.
  const filtered = readTables(packageOf({ ...emptyFilterState, stance: ['urges-halt'] }))
  expect(filtered.problems).toEqual([])
  const { tables, problems } = readTables(packageOf(emptyFilterState))
  expect(problems).toEqual([])
  expect(tables.get('statements')).toHaveLength(dataset.statements.length)
  expect([...tables.keys()]).toEqual([
    'statements',
    'quotes',
    'positions',
    'addressees',
    'actors',
    'events',
  ])
})

test('the tables hold the view’s statements and spread out their lists', () => {
  const state = { ...emptyFilterState, stance: ['urges-halt' as const] }
  const { tables } = readTables(packageOf(state))
  const statements = applyFilters(dataset, state).flatMap((result) => result.statements)
  expect(tables.get('statements')?.map((row) => row.statement_id)).toEqual(
    statements.map((statement) => statement.id),
  )
  expect(tables.get('quotes')).toHaveLength(
    statements.reduce((sum, statement) => sum + statement.quotes.length, 0),
  )
  expect(tables.get('statements')?.[0]).toMatchObject({
    dataset: 'article',
    statement_id: 'us-blinken-calls',
    stance: 'urges-halt',
    date_earliest: '2023-09-19',
    stance_label_event: 'Urges Azerbaijan to halt',
  })
  expect(tables.get('quotes')?.[0]).toEqual({
    statement_id: 'us-blinken-calls',
    quote_number: '1',
    quote: 'immediately cease military actions',
  })
  // The US is shown with its stance; Azerbaijan, only addressed, is named with none.
  const actors = new Map(tables.get('actors')?.map((row) => [row.actor_id, row]))
  expect(actors.get('united-states')).toMatchObject({ statements: '2', stance: 'urges-halt' })
  expect(actors.get('azerbaijan')).toMatchObject({
    statements: '0',
    stance: null,
    stance_status: null,
    party: 'true',
  })
})

test('the package names its licence, its source and the view; synthetic data says so first', () => {
  const article = readTables(packageOf(emptyFilterState)).descriptor
  expect(article.sources[0]?.title).toContain(
    '“Azerbaijan says cease-fire achieved with separatists in Karabakh”, 2023-09-20',
  )
  expect(article.licenses[0]?.name).toBe('CC-BY-4.0')
  expect(article.description).toContain('http://localhost/?stance=condemns')
  expect(article.title).not.toMatch(/synthetic/i)
  const { descriptor, tables } = readTables(packageOf(emptyFilterState, true))
  const notice = 'Synthetic data for testing at scale — not real statements'
  expect(descriptor.name).toBe('synthetic-diplomatic-reactions')
  expect(descriptor.title.startsWith(notice)).toBe(true)
  expect(descriptor.description.startsWith(notice)).toBe(true)
  expect(descriptor.sources.map((item) => item.title).join(' ')).not.toContain('Daily Sabah')
  expect(new Set(tables.get('statements')?.map((row) => row.dataset))).toEqual(
    new Set(['synthetic']),
  )
})
