import * as z from 'zod/mini'
import { reliabilityAnswerSchema } from '../codebook/reliability'
import { actorSchema } from '../schemas/actor'
import { codebookSchema } from '../schemas/codebook'
import { datasetMetaSchema, eventSchema } from '../schemas/event'
import { sourceSchema, sourceSummarySchema } from '../schemas/source'
import { stanceSummarySchema } from '../schemas/stance-summary'
import { statementSchema } from '../schemas/statement'
import { envelope } from './envelope'

/**
 * What each endpoint answers, as checked before the page uses it. Loaded with the first answer
 * the page asks for, not with the first paint: the page starts from the data it was built with.
 */
export const responses = {
  actors: envelope(z.array(actorSchema)),
  codebook: envelope(codebookSchema),
  events: envelope(z.array(eventSchema)),
  meta: envelope(datasetMetaSchema),
  reliability: envelope(reliabilityAnswerSchema),
  source: envelope(sourceSchema),
  sources: envelope(z.array(sourceSummarySchema)),
  stances: envelope(z.array(stanceSummarySchema)),
  statements: envelope(z.array(statementSchema)),
}
export type Responses = typeof responses
export type ResponseName = keyof Responses
