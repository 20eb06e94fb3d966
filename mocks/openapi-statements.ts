import { actorKinds } from '../src/lib/vocabulary'
import { dimensionIds, stanceIds } from '../src/lib/vocabulary'
import { channels } from '../src/lib/vocabulary'
import { defaultLimit, maxLimit } from './handlers/paging'
import type { filterParameters } from '../src/lib/url-state/filter-state'

const list = (values?: readonly string[]) => ({
  type: 'array',
  items: values ? { type: 'string', enum: values } : { type: 'string' },
})
const day = { type: 'string', format: 'date' }
const anyOf = 'One or more values, repeated or comma-separated; any of them matches.'

// Typed by the page's own filter table, so a filter the page gains cannot go undocumented.
const filters: Record<keyof typeof filterParameters, { description: string; schema: object }> = {
  event: {
    description: `Event ids: statements from the sources the event claims; \`all\`, or no \`event\`, for every event (the page, given no event, shows its first one); an unknown id is a 400. ${anyOf}`,
    schema: list(),
  },
  stance: {
    description: `The actor's overall stance, derived from all its statements (as the page's stance filter); a mixed actor matches each stance of its range. ${anyOf}`,
    schema: list(stanceIds),
  },
  'statement-stance': {
    description: `The stance the statement itself expresses. ${anyOf}`,
    schema: list(stanceIds),
  },
  kind: { description: `The actor's kind. ${anyOf}`, schema: list(actorKinds) },
  actor: { description: `Actor ids; an unknown id is a 400. ${anyOf}`, schema: list() },
  dimension: {
    description: `A position the statement takes. ${anyOf}`,
    schema: list(dimensionIds),
  },
  channel: { description: `How the statement was made. ${anyOf}`, schema: list(channels) },
  speaker: {
    description: `The speaker, or the office when no one is named; an unknown one is a 400. ${anyOf}`,
    schema: list(),
  },
  from: { description: 'Earliest day (YYYY-MM-DD); must not be after `to`.', schema: day },
  to: { description: 'Latest day (YYYY-MM-DD).', schema: day },
  q: {
    description: 'Full-text search over words, speakers and actors; up to 200 characters.',
    schema: { type: 'string', maxLength: 200 },
  },
}

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

/**
 * `GET /api/statements`'s query parameters: the page's filters, with the same meaning, then the
 * API's own.
 */
export const statementParameters = Object.entries({ ...filters, ...apiOnly }).map(
  ([name, { description, schema }]) => ({
    name,
    in: 'query',
    required: false,
    description,
    ...('items' in schema ? { explode: false } : {}),
    schema,
  }),
)
