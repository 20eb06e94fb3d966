import { defaultLimit, maxLimit } from './handlers/paging'
import { filterRows, type FilterRow } from '../src/lib/url-state/filter-table'

const list = (values?: readonly string[]) => ({
  type: 'array',
  items: values ? { type: 'string', enum: values } : { type: 'string' },
})
const anyOf = 'One or more values, repeated or comma-separated; any of them matches.'

/** A filter's query parameter as the API reads it: an `id` filter takes several, as a list does. */
function filterSchema(row: FilterRow): object {
  switch (row.kind) {
    case 'ids':
      return list(row.values)
    case 'id':
      return list()
    case 'date':
      return { type: 'string', format: 'date' }
    case 'text':
      return { type: 'string', maxLength: row.maxLength }
  }
}

const filterDescription = (row: FilterRow) =>
  [
    row.description,
    ...('known' in row && row.known ? ['An unknown one is a 400.'] : []),
    ...(row.kind === 'ids' || row.kind === 'id' ? [anyOf] : []),
  ].join(' ')

// The API's own parameters, which a page link does not hold.
const apiOnly = {
  limit: {
    description: `How many statements per page: 1 to ${maxLimit}, default ${defaultLimit}.`,
    schema: { type: 'integer', minimum: 1, maximum: maxLimit, default: defaultLimit },
  },
  cursor: {
    description:
      'Where to go on: `meta.next` of the previous page. A cursor only works with the query (filters and dataset version) that gave it; any other is a 400.',
    schema: { type: 'string' },
  },
}

/** `meta` beside `data`: how many statements match in all, the page size, and the next cursor. */
export const statementsMeta = {
  type: 'object',
  required: ['total', 'limit', 'next'],
  additionalProperties: false,
  properties: {
    total: { type: 'integer', description: 'Statements matching the filters, over all pages' },
    limit: { type: 'integer', description: 'The page size used' },
    next: {
      type: ['string', 'null'],
      description: 'The cursor of the next page, or null on the last one',
    },
  },
}

const parameter = (name: string, description: string, schema: object) => ({
  name,
  in: 'query',
  required: false,
  description,
  ...('items' in schema ? { explode: false } : {}),
  schema,
})

/** The page's filters from its own table, with the same meaning (`x-filters` says whether a filter keeps whole actors or single statements). */
const filterParameters = filterRows.map(([name, row]) => ({
  ...parameter(name, filterDescription(row), filterSchema(row)),
  'x-filters': row.subject,
}))

/** `GET /api/statements`'s query parameters: the filters, then the API's own paging. */
export const statementParameters = [
  ...filterParameters,
  ...Object.entries(apiOnly).map(([name, { description, schema }]) =>
    parameter(name, description, schema),
  ),
]

/** `GET /api/statements.ndjson`'s: the filters only, as the export is every match. */
export const exportParameters = filterParameters

/** What the export's body is: text, each line a statement as JSON (NDJSON). */
export const ndjsonContent = {
  'application/x-ndjson': {
    schema: {
      type: 'string',
      description:
        'Every matching statement in the API’s order, one JSON object a line, each line ended by a newline; streamed. `contentSchema` describes the lines, read in order.',
      contentMediaType: 'application/x-ndjson',
      contentSchema: { type: 'array', items: { $ref: '#/components/schemas/Statement' } },
    },
  },
}
