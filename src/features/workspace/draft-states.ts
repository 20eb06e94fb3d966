import * as z from 'zod/mini'
import { actorKindSchema } from '../../lib/schemas/actor'
import { stanceIdSchema } from '../../lib/schemas/codebook'
import { spanSchema, type Span } from '../../lib/schemas/source'

/**
 * What each form holds outside its named fields, as its draft keeps it: checked when the draft is
 * read back, since anything may be in storage by then (an older build's draft, another tab's).
 */
const actorChoiceSchema = z.object({ id: z.string(), name: z.string(), emblem: z.string() })
const newActorSchema = z.object({
  name: z.string(),
  kind: actorKindSchema,
  otherNames: z.optional(z.string()),
})
const actorRefSchema = z.union([
  z.object({ id: z.string(), name: z.string() }),
  z.object({ ...newActorSchema.shape, id: z.null() }),
])

export const sourceDraftSchema = z.object({
  text: z.string(),
  event: z.string(),
  picks: z.object({
    initiator: z.nullable(actorChoiceSchema),
    newInitiator: newActorSchema,
    initiatorIsParty: z.boolean(),
    parties: z.array(actorRefSchema),
    milestones: z.array(z.int()),
  }),
})
export type SourceDraft = z.infer<typeof sourceDraftSchema>

export const statementDraftSchema = z.object({
  selected: z.nullable(z.object({ start: z.int(), end: z.int() })),
  passage: z.nullable(spanSchema),
  quotes: z.array(spanSchema),
  actor: z.nullable(actorChoiceSchema),
  newActor: newActorSchema,
  stance: z.nullable(stanceIdSchema),
  explicitStance: z.boolean(),
})
export type StatementFormState = z.infer<typeof statementDraftSchema>

/** Whether a kept span still points at its words: an unfrozen source may be edited in place. */
export const pointsAt = (text: string) => (span: Span) =>
  text.slice(span.start, span.end) === span.text
