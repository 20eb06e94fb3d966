import * as z from 'zod/mini'
import { dimensionIds, stanceIds } from '../vocabulary'

export const stanceIdSchema = z.enum(stanceIds)
export const dimensionIdSchema = z.enum(dimensionIds)

export const stanceDefinitionSchema = z.object({
  id: stanceIdSchema,
  rank: z.int().check(z.minimum(1)),
  label: z.string(),
  definition: z.string(),
  example: z.string(),
})

export const dimensionDefinitionSchema = z.object({
  id: dimensionIdSchema,
  label: z.string(),
  question: z.string(),
  definition: z.string(),
})

/** A written coding rule: how to cut the article into statements and fill in each field. */
export const codingRuleSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
})

/** A value a coder records, with what it means: a channel, an actor or an addressee. */
export const codeDefinitionSchema = z.object({
  id: z.string(),
  label: z.string(),
  definition: z.string(),
})

export const codebookSchema = z.object({
  version: z.string(),
  updatedAt: z.iso.date(),
  stances: z.array(stanceDefinitionSchema),
  dimensions: z.array(dimensionDefinitionSchema),
  derivationRule: z.string(),
  quoteRule: z.string(),
  // Written from codebook 2.0.0 on; codebook 1.0.0 is served as it was published, without them.
  rules: z.optional(z.array(codingRuleSchema)),
  channels: z.optional(z.array(codeDefinitionSchema)),
  actors: z.optional(z.array(codeDefinitionSchema)),
  addressees: z.optional(z.array(codeDefinitionSchema)),
})
export type Codebook = z.infer<typeof codebookSchema>
export type StanceDefinition = z.infer<typeof stanceDefinitionSchema>
export type DimensionDefinition = z.infer<typeof dimensionDefinitionSchema>
export type CodingRule = z.infer<typeof codingRuleSchema>
export type CodeDefinition = z.infer<typeof codeDefinitionSchema>
