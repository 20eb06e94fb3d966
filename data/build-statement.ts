import type { DimensionId, StanceId } from '../src/lib/vocabulary'
import type { Span } from '../src/lib/schemas/source'
import type { Position, Statement, StatementDate } from '../src/lib/schemas/statement'
import type { Channel } from '../src/lib/vocabulary'
import { sourceId } from './source'
import { sourceText } from './source-text'

/**
 * Words to find in the article. A bare string must occur exactly once where it is looked for;
 * words that really occur more than once name which occurrence they mean (1 for the first).
 */
export type Words = string | { text: string; occurrence: number }

const whole: Span = { start: 0, end: sourceText.length, text: sourceText }

/** Every start offset of `text` inside `within`, in the article's order. */
function occurrences(text: string, within: Span): number[] {
  const found: number[] = []
  let from = within.start
  for (;;) {
    const at = sourceText.indexOf(text, from)
    if (at === -1 || at + text.length > within.end) return found
    found.push(at)
    from = at + 1
  }
}

/**
 * Finds words in the article (or inside one of its spans) and returns them with their offsets.
 * Fails loudly where the words are missing or ambiguous, so an offset can never be wrong.
 */
export function findSpan(words: Words, within: Span = whole): Span {
  const text = typeof words === 'string' ? words : words.text
  const where = within === whole ? 'the article' : `the passage ${JSON.stringify(within.text)}`
  const found = occurrences(text, within)
  if (found.length === 0) throw new Error(`${JSON.stringify(text)} is not in ${where}.`)
  if (typeof words === 'string' && found.length > 1) {
    throw new Error(
      `${JSON.stringify(text)} occurs ${found.length} times in ${where} (at ${found.join(', ')}): say which occurrence.`,
    )
  }
  const index = typeof words === 'string' ? 0 : words.occurrence - 1
  const start = found[index]
  if (start === undefined) {
    throw new Error(
      `${JSON.stringify(text)} occurs ${found.length} times in ${where}, not ${index + 1}.`,
    )
  }
  return { start, end: start + text.length, text }
}

// Dates. The article names weekdays: the operation's second day was a Wednesday, and the Yevlakh
// talks were set for 21 September, which in 2023 was a Thursday.
const wednesdayBasis =
  'The article says Wednesday. Inferred: the Wednesday before the Yevlakh talks it dates to 21 September, which in September 2023 (the event the article reports) was the 20th.'
const tuesdayBasis =
  'The article says Tuesday: the operation’s first day, the day before Wednesday 20 September 2023.'

/** No day in the statement's own clause: the span from the operation's start to the article's day. */
export const undated: StatementDate = {
  earliest: '2023-09-19',
  latest: '2023-09-20',
  time: null,
  asWritten: null,
  basis:
    'The article gives no day; it reports this among the reactions between the operation’s start on Tuesday and the article’s Wednesday.',
}

export const onWednesday = (asWritten: string): StatementDate => ({
  earliest: '2023-09-20',
  latest: '2023-09-20',
  time: null,
  asWritten,
  basis: wednesdayBasis,
})

export const onTuesday = (asWritten: string): StatementDate => ({
  earliest: '2023-09-19',
  latest: '2023-09-19',
  time: null,
  asWritten,
  basis: tuesdayBasis,
})

export const takes = (dimension: DimensionId): Position => ({
  dimension,
  value: 'takes',
  party: null,
})
export const opposes = (dimension: DimensionId): Position => ({
  dimension,
  value: 'opposes',
  party: null,
})
export const backs = (party: string): Position => ({
  dimension: 'backs-party',
  value: 'takes',
  party,
})

export type StatementRecord = {
  id: string
  actorId: string
  speaker?: string | null
  office?: string | null
  date?: StatementDate
  channel?: Channel
  /** The fullest passage first, then later mentions of the same act. */
  passages: readonly [Words, ...Words[]]
  /** The quoted words, each looked for inside the statement's passages. */
  quotes?: readonly Words[]
  stance?: StanceId | null
  explicitStance?: boolean
  positions?: readonly Position[]
  addressees?: Statement['addressees']
  rationale: string
}

/** A statement whose offsets are computed from its words; fields the article leaves open default to "not stated". */
export function buildStatement(record: StatementRecord): Statement {
  const [first, ...later] = record.passages
  const passage = findSpan(first)
  const passages = [passage, ...later.map((words) => findSpan(words))]
  const quotes = (record.quotes ?? []).map((words) => findQuote(words, passages))
  return {
    id: record.id,
    actorId: record.actorId,
    sourceId,
    speaker: record.speaker ?? null,
    office: record.office ?? null,
    date: record.date ?? undated,
    channel: record.channel ?? 'unspecified',
    textKind: quotes.length > 0 ? 'quote' : 'paraphrase',
    passage,
    passages,
    quotes,
    stance: record.stance ?? null,
    explicitStance: record.explicitStance ?? false,
    positions: [...(record.positions ?? [])],
    addressees: [...(record.addressees ?? [])],
    rationale: record.rationale,
  }
}

function findQuote(words: Words, passages: readonly Span[]): Span {
  const text = typeof words === 'string' ? words : words.text
  const holding = passages.filter((passage) => passage.text.includes(text))
  if (holding.length !== 1) {
    throw new Error(
      `The quote ${JSON.stringify(text)} is in ${holding.length} of the statement's passages; it must be in exactly one.`,
    )
  }
  return findSpan(words, holding[0])
}
