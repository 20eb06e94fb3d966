import * as z from 'zod/mini'
import { actorIdSchema } from './actor'
import { dimensionIdSchema, stanceIdSchema } from './codebook'

export const stanceSummarySchema = z.object({
  actorId: actorIdSchema,
  /** `derived`: placed on the scale by the codebook's rule; `party`: a party to the conflict, not placed; `none`: no statement expresses a stance. */
  status: z.enum(['derived', 'party', 'none']),
  stance: z.nullable(stanceIdSchema),
  /** How many of the actor's statements express each stance. */
  stanceCounts: z.record(stanceIdSchema, z.int().check(z.minimum(0))),
  statementIds: z.array(z.string()),
  /** Dimensions the actor took a position on, across all of its statements. */
  positions: z.array(
    z.object({
      dimension: dimensionIdSchema,
      value: z.enum(['takes', 'opposes']),
      parties: z.array(actorIdSchema),
    }),
  ),
  explanation: z.string(),
})
export type StanceSummary = z.infer<typeof stanceSummarySchema>
