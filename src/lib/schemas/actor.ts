import * as z from 'zod/mini'
import { actorKinds } from '../vocabulary'

export const actorKindSchema = z.enum(actorKinds)

export const actorIdSchema = z.string().check(z.regex(/^[a-z][a-z-]*$/))

export const actorSchema = z.object({
  id: actorIdSchema,
  name: z.string(),
  shortName: z.string(),
  kind: actorKindSchema,
  /** ISO 3166-1 alpha-2 code (or `eu`, `un`) used to pick a flag or emblem. */
  emblem: z.string(),
  /** Parties to the conflict are shown for context and not placed on the stance scale. */
  isParty: z.boolean(),
  order: z.int(),
})
export type Actor = z.infer<typeof actorSchema>
