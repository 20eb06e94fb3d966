import * as z from 'zod/mini'
import { issueMessages } from '../schemas/issues'
import type { Statement } from '../schemas/statement'

/** One coder's coding of the article, in the exchange format a second, blind coder delivers. */
export const codedStatementSchema = z.object({
  actorId: z.string(),
  /** Exact contiguous words of the article. */
  passage: z.string().check(z.minLength(1)),
  quotes: z.array(z.string()),
  speaker: z.nullable(z.string()),
  office: z.nullable(z.string()),
  channel: z.string(),
  dateAsWritten: z.nullable(z.string()),
  stance: z.nullable(z.string()),
  positions: z.array(
    z.object({
      dimension: z.string(),
      value: z.enum(['takes', 'opposes']),
      party: z.nullable(z.string()),
    }),
  ),
  addressees: z.array(z.string()),
  rationale: z.string(),
})
export type CodedStatement = z.infer<typeof codedStatementSchema>

export const codingSchema = z.object({
  coder: z.string(),
  codebookVersion: z.string(),
  statements: z.array(codedStatementSchema),
})
export type Coding = z.infer<typeof codingSchema>

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
    return {
      coding: null,
      problems: issueMessages(parsed.error, 'the coding'),
    }
  }
  const problems = parsed.data.statements.flatMap((statement, index) => [
    ...(article.includes(statement.passage)
      ? []
      : [`statement ${index + 1}: its passage is not words of the article`]),
    ...statement.quotes
      .filter((quote) => !statement.passage.includes(quote))
      .map((quote) => `statement ${index + 1}: the quote "${quote}" is not in its passage`),
  ])
  return problems.length > 0 ? { coding: null, problems } : { coding: parsed.data, problems: [] }
}

/** The dataset's statements in the exchange format, as the first coder's coding. */
export function codingOfStatements(
  coder: string,
  codebookVersion: string,
  statements: readonly Statement[],
): Coding {
  return {
    coder,
    codebookVersion,
    statements: statements.map((statement) => ({
      actorId: statement.actorId,
      passage: statement.passage.text,
      quotes: statement.quotes.map((quote) => quote.text),
      speaker: statement.speaker,
      office: statement.office,
      channel: statement.channel,
      dateAsWritten: statement.date.asWritten,
      stance: statement.stance,
      positions: statement.positions,
      addressees: statement.addressees,
      rationale: statement.rationale,
    })),
  }
}
