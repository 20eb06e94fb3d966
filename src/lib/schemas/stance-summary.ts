import * as z from 'zod/mini'
import { stanceBases } from '../vocabulary'
import { actorIdSchema } from './actor'
import { dimensionIdSchema, stanceIdSchema } from './codebook'

const rangeSchema = z.object({ from: stanceIdSchema, to: stanceIdSchema })

/**
 * What one source reports of an actor's stance on an event: its statements there, derived by the
 * rule's three steps alone, and whether they quote the actor's own words.
 */
export const sourceAccountSchema = z.object({
  sourceId: z.string(),
  status: z.enum(['derived', 'mixed']),
  stance: z.nullable(stanceIdSchema),
  range: z.nullable(rangeSchema),
  /** At least one of its statements that carry a stance quotes the actor's own words. */
  quoted: z.boolean(),
  /** Its statements that carry a stance. */
  statementIds: z.array(z.string()),
  /** False where another source's account outweighed it. */
  decides: z.boolean(),
})
export type SourceAccount = z.infer<typeof sourceAccountSchema>

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
  range: z.nullable(rangeSchema),
  /**
   * Which step of the rule decided: `decisive` and `median` (codebook 2), `most-frequent`
   * (codebook 1), `weighed` (codebook 3, more than one source).
   */
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
  /** Where more than one source reports the actor's stance on the event: each source's account. */
  accounts: z.optional(z.array(sourceAccountSchema)),
})
export type StanceSummary = z.infer<typeof stanceSummarySchema>
