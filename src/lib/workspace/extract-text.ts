import { findByName, gazetteer, stateForCapital, type GazetteerEntry } from '../gazetteer/gazetteer'
import type { Span } from '../schemas/source'
import { closingMark, openingMark } from './quotation'

/** Every name, other name, demonym and capital in the gazetteer, longest first. */
const names = [
  ...new Set(
    gazetteer.flatMap((entry) => [
      entry.name,
      entry.shortName,
      ...entry.aliases,
      ...(entry.kind === 'state' ? [entry.demonym, entry.capital] : []),
    ]),
  ),
]
  .filter((name) => name.length > 1)
  .sort((a, b) => b.length - a.length)
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const namePattern = new RegExp(`(?<![\\p{L}.])(?:${names.map(escape).join('|')})(?![\\p{L}])`, 'gu')

/** Where an actor of the gazetteer is named, by name, demonym or capital. */
export type Mention = { start: number; end: number; entry: GazetteerEntry }

export function mentionsIn(text: string): Mention[] {
  return [...text.matchAll(namePattern)].flatMap((match) => {
    const entry = findByName(match[0]) ?? stateForCapital(match[0])
    return entry ? [{ start: match.index, end: match.index + match[0].length, entry }] : []
  })
}

/** Sentences as spans of the text: split after . ! ? (or a closing mark after one) and at line ends. */
export function sentences(text: string): Span[] {
  const spans: Span[] = []
  const boundary = /(?<=[.!?…][”"’]?)[ \t]+(?=[“"\p{Lu}\p{Extended_Pictographic}])|\n+/gu
  let start = 0
  const push = (end: number) => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed)
      spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed })
  }
  for (const match of text.matchAll(boundary)) {
    // "U.S. Secretary", "Mr. Smith": a full stop that ends an abbreviation ends no sentence.
    if (
      /(?:\b\p{L}\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Prof|No)\.$/u.test(
        text.slice(start, match.index),
      )
    )
      continue
    push(match.index)
    start = match.index + match[0].length
  }
  push(text.length)
  return spans
}

/** The quoted words of a sentence, without their marks. */
export function quotesIn(sentence: Span): Span[] {
  const pattern = new RegExp(`${openingMark}([^${closingMark}]+)${closingMark}`, 'gu')
  return [...sentence.text.matchAll(pattern)].map((match) => {
    // A comma before the closing mark is the sentence's punctuation, not the speaker's words.
    const words = (match[1] ?? '').replace(/[,;:]$/u, '')
    const start = sentence.start + match.index + 1
    return { start, end: start + words.length, text: words }
  })
}

/** True when `index` lies between quotation marks in the sentence. */
export function insideQuote(quotes: Span[], index: number): boolean {
  return quotes.some((quote) => index >= quote.start - 1 && index <= quote.end)
}

/** The sentence's words between two offsets of the whole source. */
export function text(sentence: Span, from: number, to: number): string {
  return sentence.text.slice(from - sentence.start, to - sentence.start)
}
