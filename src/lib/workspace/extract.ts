import { findByName, gazetteer, stateForCapital, type GazetteerEntry } from '../gazetteer/gazetteer'
import type { StanceId } from '../vocabulary'
import type { Span } from '../schemas/source'
import { closingMark, openingMark } from './quotation'

/** A statement the extractor proposes; the analyst accepts, edits or rejects it. */
export type Draft = {
  id: string
  actorId: string
  actorName: string
  /** The sentence that reports the statement. */
  passage: Span
  /** Quoted words inside the passage, without their quotation marks. */
  quotes: Span[]
  textKind: 'quote' | 'paraphrase'
  /** The reporting verb that triggered the suggestion, where it stands in the source. */
  trigger: Span
  stance: StanceId | null
  /** Why this stance is suggested, in words an analyst can check. */
  reason: string
  speaker: string | null
}

type Verb = { pattern: string; stance: (after: string) => StanceId | null }

const allSides =
  /\b(both sides|the sides|all sides|the parties|conflicting parties|both parties)\b/i
const halt = (after: string): StanceId =>
  allSides.test(after.slice(0, 60)) ? 'calls-on-all-sides' : 'urges-halt'

/** Reporting verbs and the stance each suggests, from the codebook's scale. */
const verbs: Verb[] = [
  { pattern: 'condemn(?:ed|s|ing)?', stance: () => 'condemns' },
  { pattern: 'denounc(?:ed|es|ing)', stance: () => 'condemns' },
  { pattern: 'call(?:ed|s|ing)? (?:on|for|upon)', stance: halt },
  { pattern: 'called', stance: halt },
  { pattern: 'urg(?:ed|es|ing)', stance: halt },
  { pattern: 'demand(?:ed|s|ing)', stance: halt },
  { pattern: 'expressed (?:its |his |her |their )?support', stance: () => 'supports' },
  { pattern: 'thank(?:ed|s)', stance: () => 'supports' },
  { pattern: 'welcom(?:ed|es|ing)', stance: () => null },
  { pattern: 'sa(?:id|ys|ying)', stance: () => null },
  { pattern: 'told', stance: () => null },
  { pattern: 'announc(?:ed|es)', stance: () => null },
  { pattern: 'warn(?:ed|s)', stance: () => null },
  { pattern: 'assur(?:ed|es)', stance: () => null },
  { pattern: 'accus(?:ed|es)', stance: () => null },
]
const verbPattern = new RegExp(
  `(?<![\\p{L}-])(?:${verbs.map((verb) => verb.pattern).join('|')})\\b`,
  'gu',
)

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
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const namePattern = new RegExp(`(?<![\\p{L}.])(?:${names.map(escape).join('|')})(?![\\p{L}])`, 'gu')

type Mention = { start: number; end: number; entry: GazetteerEntry }

function mentionsIn(text: string): Mention[] {
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

function quotesIn(sentence: Span): Span[] {
  const pattern = new RegExp(`${openingMark}([^${closingMark}]+)${closingMark}`, 'gu')
  return [...sentence.text.matchAll(pattern)].map((match) => {
    // A comma before the closing mark is the sentence's punctuation, not the speaker's words.
    const words = (match[1] ?? '').replace(/[,;:]$/u, '')
    const start = sentence.start + match.index + 1
    return { start, end: start + words.length, text: words }
  })
}

/** True when `index` lies between quotation marks in the sentence. */
function insideQuote(quotes: Span[], index: number): boolean {
  return quotes.some((quote) => index >= quote.start - 1 && index <= quote.end)
}

/**
 * Who speaks through a reporting verb: the actor named nearest before it, skipping relative
 * clauses (", which …,"); for a participle after a comma ("…, urging"), the sentence's subject;
 * for a verb after a quotation ("…,” the ministry said), the actor named between the two. Actors
 * listed together before the verb ("the EU, France and Germany condemned") all speak.
 */
function speakersFor(
  sentence: Span,
  verbAt: number,
  quotes: Span[],
  mentions: Mention[],
  people: Map<string, GazetteerEntry>,
): Mention[] {
  const before = mentions.filter(
    (mention) => mention.end <= verbAt && !insideQuote(quotes, mention.start),
  )
  const verbText = sentence.text.slice(verbAt - sentence.start)
  const lastQuoteEnd = Math.max(
    -1,
    ...quotes.filter((quote) => quote.end < verbAt).map((q) => q.end),
  )
  const afterQuote = before.filter((mention) => mention.start > lastQuoteEnd)
  const opensWithQuote = sentence.text.startsWith(openingMark)
  if (opensWithQuote && lastQuoteEnd !== -1 && afterQuote.length > 0) return afterQuote.slice(0, 1)
  const participle =
    /^\w+ing\b/.test(verbText) && /,\s*$/.test(text(sentence, before.at(-1)?.end ?? verbAt, verbAt))
  if (participle && before.length > 0) return before.slice(0, 1)
  const visible = before.filter((mention) => !inRelativeClause(sentence, mention.start, verbAt))
  const person = nearestPerson(sentence, verbAt, quotes, people)
  if (person && person.at > (visible.at(-1)?.start ?? -1)) return [person.mention]
  const nearest = visible.at(-1)
  if (!nearest) return []
  const listed = [nearest]
  for (const earlier of visible.slice(0, -1).reverse()) {
    const gap = text(sentence, earlier.end, listed[0]?.start ?? earlier.end)
    if (!/^\s*(?:,|,? and)\s*$/.test(gap)) break
    listed.unshift(earlier)
  }
  return listed
}

function text(sentence: Span, from: number, to: number): string {
  return sentence.text.slice(from - sentence.start, to - sentence.start)
}

function inRelativeClause(sentence: Span, at: number, verbAt: number): boolean {
  const between = text(sentence, sentence.start, verbAt)
  const clause = /, (?:which|who|whose)\b[^,]*(?:,[^,]*)*?,/gu
  return [...between.matchAll(clause)].some((match) => {
    const start = sentence.start + match.index
    return at > start && at < start + match[0].length
  })
}

/**
 * People a source introduces with their actor ("Armenia’s Prime Minister Nikol Pashinian",
 * "U.S. Secretary of State Antony Blinken"), by surname, so that a later "Pashinian said" is
 * Armenia's.
 */
function introducePeople(sentence: Span, mentions: Mention[], people: Map<string, GazetteerEntry>) {
  for (const mention of mentions) {
    const rest = text(sentence, mention.end, sentence.end)
    const match = /^(?:’s|'s)? ((?:(?:\p{Lu}[\p{L}’'-]*|of) ){1,5}\p{Lu}[\p{L}’'-]+)/u.exec(rest)
    const surname = match?.[1]?.split(' ').at(-1)
    if (surname && !findByName(surname) && !stateForCapital(surname))
      people.set(surname, mention.entry)
  }
}

function nearestPerson(
  sentence: Span,
  verbAt: number,
  quotes: Span[],
  people: Map<string, GazetteerEntry>,
): { at: number; mention: Mention } | undefined {
  let found: { at: number; mention: Mention } | undefined
  for (const [surname, entry] of people) {
    const head = text(sentence, sentence.start, verbAt)
    for (const match of head.matchAll(
      new RegExp(`(?<![\\p{L}])${escape(surname)}(?![\\p{L}])`, 'gu'),
    )) {
      const at = sentence.start + match.index
      if (insideQuote(quotes, at) || (found && found.at > at)) continue
      found = { at, mention: { start: at, end: at + surname.length, entry } }
    }
  }
  return found
}

/** A person named right before the verb ("President Recep Tayyip Erdoğan, saying"). */
function personBefore(sentence: Span, verbAt: number): string | null {
  const head = text(sentence, sentence.start, verbAt)
  const match = /((?:\p{Lu}[\p{L}’'-]+ ){1,3}\p{Lu}[\p{L}’'-]+),? $/u.exec(head)
  if (!match) return null
  const words = match[1]
  return !words || findByName(words) || stateForCapital(words) ? null : words
}

/** Proposes statements from a source: one draft per reporting verb and speaking actor. */
export function extractDrafts(source: string): Draft[] {
  const drafts: Draft[] = []
  const seen = new Set<string>()
  const people = new Map<string, GazetteerEntry>()
  for (const sentence of sentences(source)) {
    const quotes = quotesIn(sentence)
    const mentions = mentionsIn(sentence.text).map((mention) => ({
      ...mention,
      start: sentence.start + mention.start,
      end: sentence.start + mention.end,
    }))
    introducePeople(sentence, mentions, people)
    for (const match of sentence.text.matchAll(verbPattern)) {
      const verbAt = sentence.start + match.index
      if (insideQuote(quotes, verbAt)) continue
      const verb = verbs.find((candidate) =>
        new RegExp(`^(?:${candidate.pattern})$`, 'u').test(match[0]),
      )
      if (!verb) continue
      const after = source.slice(verbAt + match[0].length)
      const stance = verb.stance(after)
      const trigger = { start: verbAt, end: verbAt + match[0].length, text: match[0] }
      const speaker = personBefore(sentence, verbAt)
      for (const mention of speakersFor(sentence, verbAt, quotes, mentions, people)) {
        const surname = speaker?.split(' ').at(-1)
        if (surname && !people.has(surname)) people.set(surname, mention.entry)
        const key = `${sentence.start}:${mention.entry.id}`
        if (seen.has(key)) continue
        seen.add(key)
        drafts.push({
          id: `draft-${sentence.start}-${mention.entry.id}`,
          actorId: mention.entry.id,
          actorName: mention.entry.name,
          passage: sentence,
          quotes,
          textKind: quotes.length > 0 ? 'quote' : 'paraphrase',
          trigger,
          stance,
          reason: stance
            ? `“${match[0]}” suggests this stance.`
            : `“${match[0]}” reports speech but suggests no stance; choose one if the words take one.`,
          speaker,
        })
      }
    }
  }
  return drafts
}
