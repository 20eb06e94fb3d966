import * as z from 'zod/mini'
import { actorSchema } from '../src/lib/schemas/actor'
import { codebookSchema } from '../src/lib/schemas/codebook'
import { datasetMetaSchema, eventSchema } from '../src/lib/schemas/event'
import { reliabilityAnswerSchema } from '../src/lib/codebook/reliability'
import { problemSchema } from '../src/lib/schemas/problem'
import { sourceSchema, sourceSummarySchema } from '../src/lib/schemas/source'
import { stanceSummarySchema } from '../src/lib/schemas/stance-summary'
import { statementSchema } from '../src/lib/schemas/statement'
import { exportPaths } from './openapi-exports'
import { statementParameters, statementsMeta } from './openapi-statements'

const schema = (value: z.ZodMiniType) =>
  z.toJSONSchema(value, { io: 'output', unrepresentable: 'any' })
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const envelope = (data: object, meta?: object) => ({
  type: 'object',
  required: meta ? ['data', 'meta'] : ['data'],
  properties: meta ? { data, meta } : { data },
})

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: status === 400 ? 'Malformed or unknown query parameters' : 'Unknown id',
        content: { 'application/problem+json': { schema: ref('Problem') } },
      },
    ]),
  )

/** A parameter every GET takes and none requires; each is a string. */
const optionalParameter = (name: string, where: 'query' | 'header', description: string) => ({
  name,
  in: where,
  required: false,
  description,
  schema: { type: 'string' },
})

// Every resource can be pinned to a published dataset version; /api/meta lists them.
const versionParameter = optionalParameter(
  'version',
  'query',
  'A published dataset version (default: the latest); an unknown one is a 400',
)

// Every successful GET is tagged; the tag is fixed by the dataset version, the path and the query.
const etagHeader = {
  description:
    'A strong ETag of the answer: the dataset version, the path and the normalised query',
  schema: { type: 'string' },
}
// Answers from a dataset other than the article's say which, whatever their status.
const datasetHeader = {
  description:
    'Present only on answers from the synthetic corpus (`npm run api -- --dataset synthetic`): its value is `synthetic`. Synthetic data is for testing at scale — not real statements.',
  schema: { type: 'string', enum: ['synthetic'] },
}
const ifNoneMatchParameter = optionalParameter(
  'If-None-Match',
  'header',
  'An ETag from an earlier answer; when it is still current the answer is 304',
)

function get(
  summary: string,
  data: object,
  options: {
    id?: string
    parameters?: object[]
    meta?: object
    ndjson?: boolean
    /** An answer about the latest version only, which takes no `version`. */
    unversioned?: boolean
  } = {},
) {
  return {
    get: {
      summary,
      parameters: [
        ...(options.id
          ? [{ name: options.id, in: 'path', required: true, schema: { type: 'string' } }]
          : []),
        ...(options.parameters ?? []),
        ...(options.unversioned ? [] : [versionParameter]),
        ifNoneMatchParameter,
      ],
      responses: {
        200: {
          description: 'OK',
          headers: { ETag: etagHeader, 'X-Dataset': datasetHeader },
          content: {
            'application/json': { schema: envelope(data, options.meta) },
            // With `Accept: application/x-ndjson`: every matching item, one a line, streamed.
            ...(options.ndjson && 'items' in data
              ? { 'application/x-ndjson': { schema: data.items } }
              : {}),
          },
        },
        304: {
          description: 'Not Modified: the If-None-Match ETag is current; no body',
          headers: { ETag: etagHeader },
        },
        ...errors(...(options.id ? [400, 404] : [400])),
      },
    },
  }
}

const list = (name: string) => ({ type: 'array', items: ref(name) })

/** The OpenAPI 3.1 document for the mock API, generated from the same schemas the client checks. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Karabakh reactions tracker: mock API',
    version: '1.0.0',
    description:
      'Reactions to Azerbaijan’s September 2023 operation in Karabakh, coded from one article. Every error is answered as application/problem+json.',
  },
  paths: {
    '/api/events': get(
      'All events, each with how many actors and statements its sources hold',
      list('Event'),
    ),
    '/api/events/{id}': get('One event with its milestones', ref('Event'), { id: 'id' }),
    '/api/actors': get(
      'All actors, the eight reacting actors first, then the parties',
      list('Actor'),
    ),
    '/api/actors/{id}': get('One actor', ref('Actor'), { id: 'id' }),
    '/api/statements': get(
      'Statements, filtered with the dashboard’s own filters (a page link’s query string finds the statements the page shows); filters combine with AND, values within one with OR',
      list('Statement'),
      {
        parameters: statementParameters,
        meta: statementsMeta,
        ndjson: true,
      },
    ),
    '/api/statements/{id}': get('One statement', ref('Statement'), { id: 'id' }),
    '/api/stances': get(
      'Each actor’s stance, derived by the codebook’s rule',
      list('StanceSummary'),
    ),
    '/api/stances/{actorId}': get('One actor’s derived stance', ref('StanceSummary'), {
      id: 'actorId',
    }),
    '/api/sources': get('Source documents, without their text', list('SourceSummary')),
    '/api/sources/{id}': get('One source document with its full text', ref('Source'), { id: 'id' }),
    '/api/codebook': get('The codebook: stance scale, dimensions and rules', ref('Codebook')),
    '/api/reliability': get(
      'The second, blind coding against the dataset: per field, agreement and Krippendorff’s alpha with a seeded bootstrap interval over every unit either coder found (the stance scale over the units where either placed the actor), and every disagreement with the codebook rule that resolves it',
      ref('ReliabilityAnswer'),
      { unversioned: true },
    ),
    '/api/meta': get(
      'Dataset version and date; which dataset answers, and for the synthetic corpus the notice every view of it must show',
      ref('DatasetMeta'),
    ),
    ...exportPaths,
  },
  components: {
    schemas: {
      Actor: schema(actorSchema),
      Statement: schema(statementSchema),
      StanceSummary: schema(stanceSummarySchema),
      Event: schema(eventSchema),
      Source: schema(sourceSchema),
      SourceSummary: schema(sourceSummarySchema),
      Codebook: schema(codebookSchema),
      DatasetMeta: schema(datasetMetaSchema),
      ReliabilityAnswer: schema(reliabilityAnswerSchema),
      Problem: schema(problemSchema),
    },
  },
}
