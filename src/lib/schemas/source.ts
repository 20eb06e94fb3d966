import * as z from 'zod/mini'

/** A half-open range `[start, end)` of UTF-16 code units in a source's text, with the text it covers. */
export const spanSchema = z
  .object({
    start: z.int().check(z.minimum(0)),
    end: z.int().check(z.minimum(1)),
    text: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((span) => span.end - span.start === span.text.length, {
      error: 'span length must equal the length of its text',
    }),
  )
export type Span = z.infer<typeof spanSchema>

/**
 * Marks a record the synthetic corpus generated for testing at scale (`npm run api -- --dataset
 * synthetic`); the article's records never carry it.
 */
export const syntheticMark = {
  synthetic: z.optional(z.literal(true)).register(z.globalRegistry, {
    description: 'Generated for testing at scale: not a real record. Only synthetic data has it.',
  }),
}

export const sourceSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  via: z.nullable(z.string()),
  published: z.iso.date(),
  publishedNote: z.string(),
  file: z.string(),
  length: z.int(),
  /** A source the analyst added in their workspace. */
  yours: z.optional(z.literal(true)),
  url: z.optional(z.nullable(z.string())),
  ...syntheticMark,
})
export const sourceSchema = z.extend(sourceSummarySchema, { text: z.string() })
export type SourceSummary = z.infer<typeof sourceSummarySchema>
export type Source = z.infer<typeof sourceSchema>
