import * as z from 'zod/mini'
import { channels } from '../vocabulary'
import { actorIdSchema } from './actor'
import { dimensionIdSchema, stanceIdSchema } from './codebook'
import { spanSchema, syntheticMark } from './source'

export const channelSchema = z.enum(channels)

/**
 * When a statement was made. The article mostly names weekdays ("Wednesday"); `asWritten` keeps
 * its words, `earliest`/`latest` the calendar days they fix, and `basis` how they were fixed.
 */
export const statementDateSchema = z.object({
  earliest: z.iso.date(),
  latest: z.iso.date(),
  time: z.nullable(z.string().check(z.regex(/^\d{2}:\d{2}$/))),
  asWritten: z.nullable(z.string()),
  basis: z.string(),
})
export type StatementDate = z.infer<typeof statementDateSchema>

export const positionSchema = z.object({
  dimension: dimensionIdSchema,
  /** `takes`: the statement takes this position; `opposes`: it says the opposite. */
  value: z.enum(['takes', 'opposes']),
  /** For `backs-party`: which party is backed. */
  party: z.nullable(actorIdSchema),
})
export type Position = z.infer<typeof positionSchema>

export const addresseeSchema = z.union([actorIdSchema, z.literal('all-sides')])

/** `quote`: the actor's own words appear verbatim in `quotes`; `paraphrase`: only reported speech. */
export const textKindSchema = z.enum(['quote', 'paraphrase'])

/** Who spoke for the actor, and in what office; `null` where the source names no one. */
export const speakerFields = {
  speaker: z.nullable(z.string()),
  office: z.nullable(z.string()),
}

export const statementSchema = z.object({
  id: z.string(),
  actorId: actorIdSchema,
  sourceId: z.string(),
  ...speakerFields,
  date: statementDateSchema,
  channel: channelSchema,
  textKind: textKindSchema,
  /** The article's fullest passage that reports the statement: `passages[0]`, kept for readers of the first API. */
  passage: spanSchema,
  /** Every passage that reports the statement, the fullest first, then later mentions in the article's order. */
  passages: z.array(spanSchema).check(z.minLength(1)),
  /** The actor's verbatim words inside the passages, each exactly as the article prints them. */
  quotes: z.array(spanSchema),
  /** Stance toward Azerbaijan's operation; `null` where the statement expresses none. */
  stance: z.nullable(stanceIdSchema),
  /** True where the article itself names the actor's evaluation ("expressed support", "condemned"): such a stance is decisive. */
  explicitStance: z.boolean(),
  positions: z.array(positionSchema),
  addressees: z.array(addresseeSchema),
  rationale: z.string(),
  /** Coded by the analyst in their own workspace, not part of the published dataset. */
  yours: z.optional(z.literal(true)),
  ...syntheticMark,
})
export type Statement = z.infer<typeof statementSchema>
