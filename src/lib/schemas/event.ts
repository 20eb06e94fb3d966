import * as z from 'zod/mini'
import { spanSchema, syntheticMark } from './source'

export const milestoneSchema = z.object({
  id: z.string(),
  label: z.string(),
  date: z.iso.date(),
  /** Local time, in the event's `timeZone`, where the article gives one. */
  time: z.nullable(z.string().check(z.regex(/^\d{2}:\d{2}$/))),
  asWritten: z.string(),
  /** The source's words that date it; an analyst's own milestone, entered by hand, has none. */
  passage: z.optional(spanSchema),
})
export type Milestone = z.infer<typeof milestoneSchema>

/** An IANA time zone name, as this browser's clock knows them ("Asia/Baku", "Europe/Paris"). */
export const timeZoneSchema = z.string().check(
  z.refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  }, 'Expected an IANA time zone such as Asia/Baku'),
)

/**
 * Who set the event off: an actor of the dataset where it is one (`actorId`), or a name the analyst
 * gives (a non-state actor the gazetteer lacks).
 */
export const eventInitiatorSchema = z.object({
  actorId: z.nullable(z.string()),
  /** As a label names it: "Azerbaijan" in "Urges Azerbaijan to halt". */
  name: z.string(),
})

/** What the initiator did, in words: the reactions are to this. */
export const eventActionSchema = z.object({
  /** A short noun phrase with its article, lower case: "the operation", "the border closure". */
  short: z.string().check(z.minLength(1)),
  /** The action in full: "the military operation in Karabakh". */
  full: z.string().check(z.minLength(1)),
})

export const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  start: z.iso.date(),
  end: z.iso.date(),
  /** The IANA time zone of the place: the article's times are its local times. */
  timeZone: timeZoneSchema,
  /**
   * The initiator, the action and the parties say what the reactions are about; codebook 3 writes
   * its stance scale from them. An event coded by an earlier codebook may lack them.
   */
  initiator: z.optional(eventInitiatorSchema),
  action: z.optional(eventActionSchema),
  /** The actor ids of the sides in conflict: never placed on the stance scale. */
  parties: z.optional(z.array(z.string())),
  /** The country where it happened, as a reader names it. */
  country: z.optional(z.string()),
  sourceIds: z.array(z.string()),
  milestones: z.array(milestoneSchema),
  /** How many actors and statements the event's sources hold, as the API counts them. */
  actorCount: z.optional(z.int().check(z.minimum(0))),
  statementCount: z.optional(z.int().check(z.minimum(0))),
  /** An event the analyst opened in their workspace. */
  yours: z.optional(z.literal(true)),
  ...syntheticMark,
})
export type Event = z.infer<typeof eventSchema>

const datasetVersionSchema = z.object({
  version: z.string(),
  updatedAt: z.iso.date(),
  codebookVersion: z.string(),
  /** What this version changed from the one before, and why, in plain sentences. */
  note: z.optional(z.string()),
})

export const datasetMetaSchema = z.extend(datasetVersionSchema, {
  /** Every published version, oldest first; any of them can be asked for with `?version=`. */
  versions: z.optional(z.array(datasetVersionSchema)),
  /** Which dataset answered: the article's, or the synthetic corpus for testing at scale. */
  dataset: z.optional(z.enum(['article', 'synthetic'])),
  /** What every view of this dataset must say about it (the synthetic label). */
  notice: z.optional(z.string()),
})
export type DatasetMeta = z.infer<typeof datasetMetaSchema>
