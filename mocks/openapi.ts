import * as z from 'zod/mini'
import { actorSchema } from '../src/lib/schemas/actor'
import { codebookSchema } from '../src/lib/schemas/codebook'
import { datasetMetaSchema, eventSchema } from '../src/lib/schemas/event'
import { reliabilityAnswerSchema } from '../src/lib/codebook/reliability'
import { problemSchema } from '../src/lib/schemas/problem'
import { sourceSchema, sourceSummarySchema } from '../src/lib/schemas/source'
import { stanceSummarySchema } from '../src/lib/schemas/stance-summary'
import { statementSchema } from '../src/lib/schemas/statement'
import { headers } from './openapi-headers'
import { readPath } from './openapi-read'
import { responses } from './openapi-responses'
import {
  exportParameters,
  ndjsonContent,
  statementParameters,
  statementsMeta,
} from './openapi-statements'
import { exportPaths } from './openapi-exports'

const schema = (value: z.ZodMiniType) =>
  z.toJSONSchema(value, { io: 'output', unrepresentable: 'any' })
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const envelope = (data: object, meta?: object) => ({
  type: 'object',
  required: meta ? ['data', 'meta'] : ['data'],
  additionalProperties: false,
  properties: meta ? { data, meta } : { data },
})

const list = (name: string) => ({ type: 'array', items: ref(name) })
const json = (data: object, meta?: object) => ({
  'application/json': { schema: envelope(data, meta) },
})

const description = [
  'Reactions to Azerbaijan’s September 2023 operation in Karabakh, coded from one article; or, served with `--dataset synthetic`, a generated corpus for testing at scale, whose answers say so (`X-Dataset: synthetic`, `synthetic: true` on its records).',
  'Every error is answered as `application/problem+json` (RFC 9457), whose `type` leads to a page about it. A path that is no endpoint gets 404; any method but GET, HEAD and OPTIONS gets 405, on any path; a request that is not valid HTTP gets 400, one whose request line and headers are over 16 KB 431.',
  'Every 200 carries a strong `ETag`; `If-None-Match` with a current tag gets 304. `GET /api/statements` with `Accept: application/x-ndjson` answers as `GET /api/statements.ndjson` with the same filters, and says so in `Content-Location`.',
].join('\n\n')

/** The OpenAPI 3.1 document for the mock API, generated from the same schemas the client checks. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Karabakh reactions tracker: mock API', version: '2.0.0', description },
  servers: [{ url: '/', description: 'The origin that served this document' }],
  // Nothing to sign in to: the API is read-only and open.
  security: [],
  paths: {
    '/api/events': readPath({
      name: 'Events',
      summary: 'All events, each with how many actors and statements its sources hold',
      content: json(list('Event')),
    }),
    '/api/events/{id}': readPath({
      name: 'Event',
      summary: 'One event with its milestones',
      content: json(ref('Event')),
      id: 'id',
    }),
    '/api/actors': readPath({
      name: 'Actors',
      summary: 'All actors, the eight reacting actors first, then the parties',
      content: json(list('Actor')),
    }),
    '/api/actors/{id}': readPath({
      name: 'Actor',
      summary: 'One actor',
      content: json(ref('Actor')),
      id: 'id',
    }),
    '/api/statements': readPath({
      name: 'Statements',
      summary:
        'Statements, filtered with the dashboard’s own filters (a page link’s query string finds the statements the page shows); filters combine with AND, values within one with OR. With `Accept: application/x-ndjson`, the bulk export of `/api/statements.ndjson` instead, named in `Content-Location`.',
      content: json(list('Statement'), statementsMeta),
      parameters: statementParameters,
      headers: ['Content-Location'],
      onEvery: ['Vary'],
    }),
    '/api/statements.ndjson': readPath({
      name: 'StatementsExport',
      summary:
        'The bulk export: every statement the filters match, one JSON object a line, streamed',
      content: ndjsonContent,
      parameters: exportParameters,
    }),
    '/api/statements/{id}': readPath({
      name: 'Statement',
      summary: 'One statement',
      content: json(ref('Statement')),
      id: 'id',
    }),
    '/api/stances': readPath({
      name: 'Stances',
      summary: 'Each actor’s stance, derived by the codebook’s rule',
      content: json(list('StanceSummary')),
    }),
    '/api/stances/{actorId}': readPath({
      name: 'Stance',
      summary: 'One actor’s derived stance',
      content: json(ref('StanceSummary')),
      id: 'actorId',
    }),
    '/api/sources': readPath({
      name: 'Sources',
      summary: 'Source documents, without their text',
      content: json(list('SourceSummary')),
    }),
    '/api/sources/{id}': readPath({
      name: 'Source',
      summary: 'One source document with its full text',
      content: json(ref('Source')),
      id: 'id',
    }),
    '/api/codebook': readPath({
      name: 'Codebook',
      summary: 'The codebook: stance scale, dimensions and rules',
      content: json(ref('Codebook')),
    }),
    '/api/reliability': readPath({
      name: 'Reliability',
      summary:
        'The second, blind coding against the dataset: per field, agreement and Krippendorff’s alpha with a seeded bootstrap interval over every unit either coder found (the stance scale over the units where either placed the actor), and every disagreement with the codebook rule that resolves it',
      content: json(ref('ReliabilityAnswer')),
      unversioned: true,
    }),
    '/api/meta': readPath({
      name: 'Meta',
      summary:
        'Dataset version and date; which dataset answers, and for the synthetic corpus the notice every view of it must show',
      content: json(ref('DatasetMeta')),
    }),
    '/api/openapi.json': readPath({
      name: 'OpenApiDocument',
      summary: 'This document',
      content: {
        'application/json': { schema: { type: 'object', required: ['openapi', 'paths'] } },
      },
      unversioned: true,
      faults: false,
    }),
    '/api/problems/{type}': readPath({
      name: 'ProblemType',
      summary: 'The page a problem’s `type` leads to: what the problem means and what to do',
      content: { 'text/html': { schema: { type: 'string' } } },
      id: 'type',
      unversioned: true,
      faults: false,
    }),
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
    responses,
    headers,
  },
}
