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

/**
 * `GET /api/statements`'s query parameters: the page's filters from its own table, with the same
 * meaning (`x-filters` says whether a filter keeps whole actors or single statements), then the
 * API's own.
 */
export const statementParameters = [
  ...filterRows.map(([name, row]) => ({
    ...parameter(name, filterDescription(row), filterSchema(row)),
    'x-filters': row.subject,
  })),
  ...Object.entries(apiOnly).map(([name, { description, schema }]) =>
    parameter(name, description, schema),
  ),
]
