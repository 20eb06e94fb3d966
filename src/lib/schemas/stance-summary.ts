import * as z from 'zod/mini'
import { stanceBases } from '../vocabulary'
import { actorIdSchema } from './actor'
import { dimensionIdSchema, stanceIdSchema } from './codebook'

export const stanceSummarySchema = z.object({
  actorId: actorIdSchema,
  /**
   * `derived`: placed on the scale by the codebook's rule; `mixed`: its statements span the scale
   * with no single central stance (see `range`); `party`: a party to the conflict, not placed;
   * `none`: no statement expresses a stance.
   */
  status: z.enum(['derived', 'mixed', 'party', 'none']),
  /** The derived stance; null when mixed, for a party, or with no stance. */
  stance: z.nullable(stanceIdSchema),
  /** For a mixed result: the lowest and the highest rank its statements take. */
  range: z.nullable(z.object({ from: stanceIdSchema, to: stanceIdSchema })),
  /** Which step of the rule decided: `decisive` and `median` (codebook 2), `most-frequent` (codebook 1). */
  basis: z.nullable(z.enum(stanceBases)),
  /** How many statements the stance rests on ("based on 1 statement"); 0 where none does. */
  basedOn: z.int().check(z.minimum(0)),
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
