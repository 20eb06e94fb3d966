import * as z from 'zod/mini'
import { actorSchema } from '../schemas/actor'
import { stanceIdSchema } from '../schemas/codebook'
import { eventActionSchema, eventInitiatorSchema, timeZoneSchema } from '../schemas/event'
import { spanSchema } from '../schemas/source'
import {
  addresseeSchema,
  channelSchema,
  positionSchema,
  speakerFields,
  textKindSchema,
} from '../schemas/statement'

/** A turn of an event the analyst records: "The border reopens", on a day. */
export const workspaceMilestoneSchema = z.object({
  label: z.string().check(z.minLength(1)),
  date: z.iso.date(),
})
export type WorkspaceMilestone = z.infer<typeof workspaceMilestoneSchema>

/**
 * An event the analyst opens for their own sources ("Talks in Yevlakh"), with what the reactions
 * are about: who acted (the initiator), what they did (the action), the parties, the place and its
 * time zone. A workspace saved before events said so has none of these, and still loads: they are
 * optional, and such an event reads in the generic words.
 */
export const workspaceEventSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  start: z.nullable(z.iso.date()),
  end: z.nullable(z.iso.date()),
  initiator: z.optional(eventInitiatorSchema),
  action: z.optional(eventActionSchema),
  parties: z.optional(z.array(z.string())),
  country: z.optional(z.string()),
  timeZone: z.optional(timeZoneSchema),
  milestones: z.optional(z.array(workspaceMilestoneSchema)),
})
export type WorkspaceEvent = z.infer<typeof workspaceEventSchema>

/**
 * One version of a source. The text is stored verbatim; once a statement points into a version,
 * that version is frozen and an edit makes the next one, so old offsets keep their meaning.
 */
export const sourceVersionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.int().check(z.minimum(1)),
  title: z.string().check(z.minLength(1)),
  outlet: z.string(),
  published: z.nullable(z.iso.date()),
  url: z.nullable(z.url({ protocol: /^https?$/ })),
  language: z.string().check(z.minLength(2)),
  text: z.string().check(z.minLength(1)),
  eventId: z.nullable(z.string()),
  addedAt: z.iso.datetime(),
})
export type SourceVersion = z.infer<typeof sourceVersionSchema>

export const partsOfDay = ['morning', 'afternoon', 'evening', 'night'] as const

/** A date as the source words it: a day, a part of a day, or a range of days. */
export const workspaceDateSchema = z.object({
  asWritten: z.nullable(z.string()),
  earliest: z.nullable(z.iso.date()),
  latest: z.nullable(z.iso.date()),
  partOfDay: z.nullable(z.enum(partsOfDay)),
})
export type WorkspaceDate = z.infer<typeof workspaceDateSchema>

/** A statement the analyst coded: it points at one version of one of their sources. */
export const workspaceStatementSchema = z.object({
  id: z.string().check(z.minLength(1)),
  actorId: z.string().check(z.minLength(1)),
  sourceId: z.string(),
  sourceVersion: z.int().check(z.minimum(1)),
  ...speakerFields,
  date: workspaceDateSchema,
  channel: channelSchema,
  textKind: textKindSchema,
  passage: spanSchema,
  quotes: z.array(spanSchema),
  stance: z.nullable(stanceIdSchema),
  /** Codebook 2: the source states the stance explicitly ("condemned"), which makes it decisive. */
  explicitStance: z.optional(z.boolean()),
  positions: z.array(positionSchema),
  addressees: z.array(addresseeSchema),
  rationale: z.string(),
})
export type WorkspaceStatement = z.infer<typeof workspaceStatementSchema>

/** An actor the analyst added, with the other names its sources call it by, for the drafts. */
export const workspaceActorSchema = z.extend(actorSchema, {
  otherNames: z.optional(z.array(z.string())),
})
export type WorkspaceActor = z.infer<typeof workspaceActorSchema>

/** Everything in the analyst's workspace. */
export const workspaceDataSchema = z.object({
  events: z.array(workspaceEventSchema),
  sources: z.array(sourceVersionSchema),
  actors: z.array(workspaceActorSchema),
  statements: z.array(workspaceStatementSchema),
})
export type WorkspaceData = z.infer<typeof workspaceDataSchema>

export const emptyWorkspace: WorkspaceData = { events: [], sources: [], actors: [], statements: [] }
