import * as z from 'zod/mini'
import { spanSchema } from './source'

export const milestoneSchema = z.object({
  id: z.string(),
  label: z.string(),
  date: z.iso.date(),
  /** Local time, in the event's `timeZone`, where the article gives one. */
  time: z.nullable(z.string().check(z.regex(/^\d{2}:\d{2}$/))),
  asWritten: z.string(),
  passage: spanSchema,
})
export type Milestone = z.infer<typeof milestoneSchema>

export const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  start: z.iso.date(),
  end: z.iso.date(),
  /** The IANA time zone of the place: the article's times are its local times. */
  timeZone: z.string().check(
    z.refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone })
        return true
      } catch {
        return false
      }
    }, 'Expected an IANA time zone such as Asia/Baku'),
  ),
  sourceIds: z.array(z.string()),
  milestones: z.array(milestoneSchema),
  /** How many actors and statements the event's sources hold, as the API counts them. */
  actorCount: z.optional(z.int().check(z.minimum(0))),
  statementCount: z.optional(z.int().check(z.minimum(0))),
  /** An event the analyst opened in their workspace. */
  yours: z.optional(z.literal(true)),
})
export type Event = z.infer<typeof eventSchema>

const datasetVersionSchema = z.object({
  version: z.string(),
  updatedAt: z.iso.date(),
  codebookVersion: z.string(),
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
