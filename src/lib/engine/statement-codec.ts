import * as z from 'zod/mini'
import { spanSchema } from '../schemas/source'
import type { Statement } from '../schemas/statement'
import { foldQuickly } from './search'

/**
 * One statement as the columnar corpus holds it. Every field but four is a code into that
 * field's dictionary of values (as JSON; code 0 is "absent"), since a million statements share a
 * few thousand speakers, dates and position sets. The four written out are the id, the passage
 * (its text and span), the quotes, as spans of the passage whose words it already holds, and the
 * other passages. `spans` holds as JSON what is not so: other passages than the one, and quotes
 * not cut from it; it is "" for almost every statement.
 */
export type StatementParts = {
  codes: number[]
  id: string
  passageText: string
  passageStart: number
  passageEnd: number
  /** Each quote cut from the passage, as its start and end. */
  quotes: number[]
  spans: string
}

/** The dictionaries a codec encodes into, as the file keeps them. */
export type StatementDictionaries = {
  /** The statement's keys in the order a decoded statement lists them. */
  order: string[]
  /** The keys coded by dictionary, in the order of `StatementParts.codes`. */
  fields: string[]
  /** For each of `fields`, its values as JSON; entry 0 stands for a field the statement lacks. */
  values: string[][]
}

const written = new Set(['id', 'passage', 'passages', 'quotes'])
type Span = Statement['passage']
const spansSchema = z.object({
  quotes: z.optional(z.array(spanSchema)),
  passages: z.optional(z.array(spanSchema)),
})
type Spans = z.infer<typeof spansSchema>
/** A file's spans are read at its edge like any input: a corrupt entry is an error, not a wrong quote. */
const readSpans = (json: string): Spans => (json ? spansSchema.parse(JSON.parse(json)) : {})

const sameSpan = (a: Span | undefined, b: Span) =>
  a !== undefined && a.start === b.start && a.end === b.end && a.text === b.text

/** The words of a span, when it is cut from the passage at its place. */
const cut = (passage: Span, start: number, end: number) =>
  passage.text.slice(start - passage.start, end - passage.start)

export function createStatementCodec(
  dictionaries: StatementDictionaries = { order: [], fields: [], values: [] },
) {
  const { order, fields, values } = dictionaries
  const codeOf = values.map((list) => new Map(list.map((value, code) => [value, code])))

  function encode(statement: Statement): StatementParts {
    const record: Record<string, unknown> = statement
    for (const key of Object.keys(record)) {
      if (order.includes(key)) continue
      order.push(key)
      if (written.has(key)) continue
      fields.push(key)
      values.push([''])
      codeOf.push(new Map([['', 0]]))
    }
    const codes = fields.map((key, field) => {
      const value = record[key]
      if (value === undefined) return 0
      const json = JSON.stringify(value)
      const known = codeOf[field]
      let code = known?.get(json)
      if (code === undefined) {
        code = values[field]?.push(json) ?? 0
        code -= 1
        known?.set(json, code)
      }
      return code
    })
    const { passage, passages, quotes } = statement
    const spans: Spans = {}
    const cutFrom = quotes.every((quote) => quote.text === cut(passage, quote.start, quote.end))
    if (!cutFrom) spans.quotes = quotes
    if (passages.length !== 1 || !sameSpan(passages[0], passage)) spans.passages = passages
    return {
      codes,
      id: statement.id,
      passageText: passage.text,
      passageStart: passage.start,
      passageEnd: passage.end,
      quotes: cutFrom ? quotes.flatMap((quote) => [quote.start, quote.end]) : [],
      spans: spans.quotes || spans.passages ? JSON.stringify(spans) : '',
    }
  }

  function decode(parts: StatementParts): Statement {
    const passage = { start: parts.passageStart, end: parts.passageEnd, text: parts.passageText }
    const spans = readSpans(parts.spans)
    const record: Record<string, unknown> = {}
    for (const key of order) {
      if (key === 'id') record.id = parts.id
      else if (key === 'passage') record.passage = passage
      else if (key === 'passages') record.passages = spans.passages ?? [{ ...passage }]
      else if (key === 'quotes') record.quotes = spans.quotes ?? quotesOf(passage, parts.quotes)
      else {
        const field = fields.indexOf(key)
        const json = values[field]?.[parts.codes[field] ?? 0] ?? ''
        if (json !== '') record[key] = JSON.parse(json)
      }
    }
    // The record is the statement `encode` took apart, field by field in its order; the writer
    // checks that each statement decodes to itself before it is written.
    return record as Statement
  }

  /**
   * The part of a statement's search text that is its own words, folded as the engine's index
   * folds them (`createSearchText`): the passage, then each quote, a line each. `lowerOnly`: the
   * passage folds by lower-casing alone, which keeps every character's place, so each quote's
   * folded words are the folded passage's at the quote's place, and nothing is folded twice.
   */
  function foldedWords(
    parts: Pick<StatementParts, 'passageText' | 'passageStart' | 'quotes' | 'spans'>,
    lowerOnly: boolean,
  ): string {
    if (lowerOnly && !parts.spans) {
      const lowered = parts.passageText.toLowerCase()
      let folded = lowered
      for (let at = 0; at + 1 < parts.quotes.length; at += 2)
        folded += `\n${lowered.slice((parts.quotes[at] ?? 0) - parts.passageStart, (parts.quotes[at + 1] ?? 0) - parts.passageStart)}`
      return folded
    }
    const passage = { start: parts.passageStart, end: 0, text: parts.passageText }
    const quotes = parts.spans
      ? (readSpans(parts.spans).quotes ?? quotesOf(passage, parts.quotes))
      : quotesOf(passage, parts.quotes)
    let folded = foldQuickly(parts.passageText)
    for (const quote of quotes) folded += `\n${foldQuickly(quote.text)}`
    return folded
  }

  return { dictionaries: { order, fields, values }, encode, decode, foldedWords }
}

function quotesOf(passage: Span, pairs: readonly number[]): Span[] {
  const quotes: Span[] = []
  for (let at = 0; at + 1 < pairs.length; at += 2) {
    const start = pairs[at] ?? 0
    const end = pairs[at + 1] ?? 0
    quotes.push({ start, end, text: cut(passage, start, end) })
  }
  return quotes
}
