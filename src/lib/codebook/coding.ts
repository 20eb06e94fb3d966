import * as z from 'zod/mini'
import { actorIdSchema } from '../schemas/actor'
import { dimensionIdSchema, stanceIdSchema } from '../schemas/codebook'
import { issueMessages } from '../schemas/issues'
import { addresseeSchema, channelSchema, type Statement } from '../schemas/statement'
import type { EventTerms } from './event-terms'

/**
 * One statement as a coder delivers it: every field the codebook asks a coder to record, in the
 * source's own words where the codebook says "as written". Nothing here is derived; offsets are
 * found again from the words.
 */
export const codedStatementSchema = z
  .object({
    actorId: actorIdSchema,
    /** Exact contiguous words of the article: the statement's fullest report. */
    passage: z.string().check(z.minLength(1)),
    /** Further mentions of the same act, each exact words of the article, in its order. */
    furtherPassages: z.array(z.string().check(z.minLength(1))),
    quotes: z.array(z.string().check(z.minLength(1))),
    speaker: z.nullable(z.string()),
    office: z.nullable(z.string()),
    channel: channelSchema,
    dateAsWritten: z.nullable(z.string()),
    stance: z.nullable(stanceIdSchema),
    /** Whether the source itself names the actor's evaluation ("condemned"): such a stance decides. */
    explicitStance: z.boolean(),
    positions: z.array(
      z.object({
        dimension: dimensionIdSchema,
        value: z.enum(['takes', 'opposes']),
        party: z.nullable(actorIdSchema),
      }),
    ),
    addressees: z.array(addresseeSchema),
    rationale: z.string(),
  })
  .check(
    z.refine((statement) => !statement.explicitStance || statement.stance !== null, {
      error: 'an explicit stance needs a stance',
      path: ['explicitStance'],
    }),
  )
export type CodedStatement = z.infer<typeof codedStatementSchema>

export const codingSchema = z.object({
  coder: z.string().check(z.minLength(1)),
  codebookVersion: z.string(),
  /** The event's terms as the coder stated them before coding (codebook 3); absent where not stated. */
  event: z.optional(z.object({ initiator: z.string(), action: z.string() })),
  statements: z.array(codedStatementSchema),
})
export type Coding = z.infer<typeof codingSchema>

/** Where every word a statement rests on is missing from the article, in words. */
function wordsNotInTheArticle(statement: CodedStatement, at: number, article: string): string[] {
  const passages = [statement.passage, ...statement.furtherPassages]
  return [
    ...(article.includes(statement.passage)
      ? []
      : [`statement ${at}: its passage is not words of the article`]),
    ...statement.furtherPassages
      .filter((passage) => !article.includes(passage))
      .map((passage) => `statement ${at}: the further passage "${passage}" is not in the article`),
    ...statement.quotes
      .filter((quote) => !passages.some((passage) => passage.includes(quote)))
      .map((quote) => `statement ${at}: the quote "${quote}" is not in its passages`),
  ]
}

/**
 * Reads a delivered coding, or says in words what is wrong with it: the format, or a passage or
 * quote that is not the article's words.
 */
export function loadCoding(
  raw: unknown,
  article: string,
): { coding: Coding; problems: [] } | { coding: null; problems: string[] } {
  const parsed = codingSchema.safeParse(raw)
  if (!parsed.success) {
    return { coding: null, problems: issueMessages(parsed.error, 'the coding') }
  }
  const problems = parsed.data.statements.flatMap((statement, index) =>
    wordsNotInTheArticle(statement, index + 1, article),
  )
  return problems.length > 0 ? { coding: null, problems } : { coding: parsed.data, problems: [] }
}

/** The dataset's statements in the exchange format, as the first coder's coding. */
export function codingOfStatements(
  coder: string,
  codebookVersion: string,
  statements: readonly Statement[],
  event?: EventTerms,
): Coding {
  return {
    coder,
    codebookVersion,
    ...(event ? { event } : {}),
    statements: statements.map((statement) => ({
      actorId: statement.actorId,
      passage: statement.passage.text,
      furtherPassages: statement.passages.slice(1).map((passage) => passage.text),
      quotes: statement.quotes.map((quote) => quote.text),
      speaker: statement.speaker,
      office: statement.office,
      channel: statement.channel,
      dateAsWritten: statement.date.asWritten,
      stance: statement.stance,
      explicitStance: statement.explicitStance,
      positions: statement.positions,
      addressees: statement.addressees,
      rationale: statement.rationale,
    })),
  }
}
