import { findByName, gazetteer, gazetteerEntry, stateForCapital } from '../gazetteer/gazetteer'
import { metonymRows, seatsThatSpeak } from '../gazetteer/metonyms'
import type { Span } from '../schemas/source'
import { quotations, type Quotation } from './quotation'

/** An actor a draft can name: one of the gazetteer's, or one the analyst added for the event. */
export type DraftActor = { id: string; name: string; aliases?: readonly string[] | undefined }

/**
 * Where an actor is named. A weak mention stands for the actor without naming it (a seat of
 * government, an office): a name in the same phrase outweighs it.
 */
export type Mention = { start: number; end: number; entry: DraftActor; weak: boolean }

export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const byLength = (a: string, b: string) => b.length - a.length

/** Every name, other name, demonym and capital in the gazetteer, longest first. */
const names = [
  ...new Set(
    gazetteer.flatMap((entry) => [
      entry.name,
      entry.shortName,
      ...entry.aliases,
      ...(entry.kind !== 'international-organisation' ? [entry.demonym, entry.capital] : []),
    ]),
  ),
]
  .filter((name) => name.length > 1)
  .sort(byLength)
const metonyms = new Map(metonymRows.map(([words, id]) => [words, id]))
const alternatives = (words: readonly string[]) => words.map(escape).join('|')
const wordsPattern = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}.])(?:${alternatives(words)})(?![\\p{L}])`, 'gu')
const namePattern = wordsPattern([...names, ...metonyms.keys()].sort(byLength))

/**
 * Finds actors named in a source's sentences: the gazetteer's by name, demonym or capital, seats
 * and offices that stand for one, and the actors the analyst added for the source's event. A seat
 * shared with an organisation ("Brussels") is the organisation's unless the source speaks of its
 * state.
 */
export function mentionFinder(source: string, added: readonly DraftActor[] = []) {
  const addedNames = new Map<string, DraftActor>()
  for (const actor of added)
    // "Tarvena (the ousted government)": a source names it "Tarvena".
    // "the opposition" is also "Opposition leader …": a name's article is not part of it.
    for (const name of [
      actor.name,
      actor.name.replace(/\s*\(.*\)\s*$/u, ''),
      ...(actor.aliases ?? []).flatMap((alias) => [alias, alias.replace(/^the\s+/iu, '')]),
    ])
      if (name.trim().length > 1) addedNames.set(name.trim().toLowerCase(), actor)
  // The longest name first: "Ossery Civic Alliance" is not Ossery.
  const addedPattern =
    addedNames.size > 0 ? wordsPattern([...addedNames.keys()].sort(byLength)) : null
  const seats = new Map(
    Object.entries(seatsThatSpeak).flatMap(([seat, { organisation, unless }]) => {
      const entry = gazetteerEntry(organisation)
      return entry && !unless.test(source) ? [[seat, entry] as const] : []
    }),
  )
  const entryFor = (words: string): { entry: DraftActor; weak: boolean } | undefined => {
    const seat = seats.get(words)
    if (seat) return { entry: seat, weak: false }
    const metonym = metonyms.get(words)
    const named = metonym ? gazetteerEntry(metonym) : (findByName(words) ?? stateForCapital(words))
    return named ? { entry: named, weak: metonym !== undefined } : undefined
  }
  return (text: string): Mention[] => {
    const found: Mention[] = []
    if (addedPattern)
      for (const match of text.matchAll(new RegExp(addedPattern.source, 'giu'))) {
        const entry = addedNames.get(match[0].toLowerCase())
        if (entry)
          found.push({ start: match.index, end: match.index + match[0].length, entry, weak: false })
      }
    for (const match of text.matchAll(namePattern)) {
      const end = match.index + match[0].length
      if (found.some((held) => held.start < end && match.index < held.end)) continue
      const named = entryFor(match[0])
      if (named) found.push({ start: match.index, end, ...named })
    }
    return found.sort((a, b) => a.start - b.start)
  }
}

/** The gazetteer's actors named in a text, as the search and the coding form find them. */
export const mentionsIn = mentionFinder('')

/**
 * Sentences as spans of the text: split after . ! ? (or a closing mark after one) and at line
 * ends, but never inside a quotation that closes in the same paragraph, so that a quotation of
 * several sentences stays with the words that say whose it is.
 */
export function sentences(text: string, quotes: readonly Quotation[] = quotations(text)): Span[] {
  const spans: Span[] = []
  const boundary = /(?<=[.!?…][”"’»“]?)[ \t]+(?=[“"'‘«„\p{Lu}\p{N}\p{Extended_Pictographic}])|\n+/gu
  let start = 0
  const push = (end: number) => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed)
      spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed })
  }
  for (const match of text.matchAll(boundary)) {
    // "U.S. Secretary", "Mr. Smith", "Minister S. Jaishankar": a full stop that ends an
    // abbreviation or an initial ends no sentence.
    const abbreviation = /(?:\b\p{L}\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Prof|No|\p{Lu})\.$/u
    const inQuote = quotes.some((quote) => quote.open < match.index && match.index < quote.close)
    // "[The blockade hits children hardest. We call on …]": a translation in brackets is one sentence.
    const words = text.slice(start, match.index)
    const inBrackets = words.split('[').length > words.split(']').length
    if (!match[0].includes('\n') && (inQuote || inBrackets || abbreviation.test(words))) continue
    push(match.index)
    start = match.index + match[0].length
  }
  push(text.length)
  return spans
}

/**
 * The quoted words of a sentence, without their marks: its outermost quotations. A comma or
 * colon before the closing mark is the sentence's punctuation, not the speaker's words.
 */
export function quotesIn(sentence: Span, quotes: readonly Quotation[]): Span[] {
  const inside = quotes.filter(
    (quote) =>
      quote.open >= sentence.start &&
      quote.start < sentence.end &&
      !quotes.some(
        (outer) => outer !== quote && outer.open < quote.open && quote.close <= outer.close,
      ),
  )
  return inside.map((quote) => {
    const end = Math.min(quote.end, sentence.end)
    const words = quote.text.slice(0, end - quote.start).replace(/[,;:]$/u, '')
    return { start: quote.start, end: quote.start + words.length, text: words }
  })
}

/** True when `index` lies between quotation marks in the sentence, or on a mark. */
export function insideQuote(quotes: readonly Span[], index: number): boolean {
  return quotes.some((quote) => index >= quote.start - 1 && index <= quote.end)
}

/** The sentence's words between two offsets of the whole source. */
export function text(sentence: Span, from: number, to: number): string {
  return sentence.text.slice(from - sentence.start, to - sentence.start)
}
