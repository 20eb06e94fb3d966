import type { GazetteerEntry } from '../gazetteer/gazetteer'
import type { StanceId } from '../vocabulary'
import type { Span } from '../schemas/source'
import { callStance, type DraftEvent, type Suggestion } from './extract-stance'
import { introducePeople, personBefore, speakersFor } from './extract-speakers'
import { insideQuote, mentionsIn, quotesIn, sentences } from './extract-text'

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

/** A reporting verb's suggestion: a stance fixed by the verb, or a call read from its words. */
type Verb = { pattern: string; stance: StanceId | null | 'call' }

/** Reporting verbs and the stance each suggests, from the codebook's scale. */
const verbs: Verb[] = [
  { pattern: 'condemn(?:ed|s|ing)?', stance: 'condemns' },
  { pattern: 'denounc(?:ed|es|ing)', stance: 'condemns' },
  { pattern: 'call(?:ed|s|ing)? (?:on|for|upon)', stance: 'call' },
  { pattern: 'called', stance: 'call' },
  { pattern: 'urg(?:ed|es|ing)', stance: 'call' },
  { pattern: 'demand(?:ed|s|ing)', stance: 'call' },
  { pattern: 'expressed (?:its |his |her |their )?support', stance: 'supports' },
  { pattern: 'thank(?:ed|s)', stance: 'supports' },
  { pattern: 'welcom(?:ed|es|ing)', stance: null },
  { pattern: 'sa(?:id|ys|ying)', stance: null },
  { pattern: 'told', stance: null },
  { pattern: 'announc(?:ed|es)', stance: null },
  { pattern: 'warn(?:ed|s)', stance: null },
  { pattern: 'assur(?:ed|es)', stance: null },
  { pattern: 'accus(?:ed|es)', stance: null },
]
const verbPattern = new RegExp(
  `(?<![\\p{L}-])(?:${verbs.map((verb) => verb.pattern).join('|')})\\b`,
  'gu',
)

/** What a verb suggests, before knowing who speaks. */
function suggestion(
  verb: Verb,
  words: string,
  after: string,
  event: DraftEvent | null,
  people: ReadonlyMap<string, GazetteerEntry>,
): Suggestion {
  if (verb.stance === 'call') return callStance(words, after, event, people)
  return verb.stance
    ? { stance: verb.stance, reason: `“${words}” suggests this stance.` }
    : {
        stance: null,
        reason: `“${words}” reports speech but suggests no stance; choose one if the words take one.`,
      }
}

/**
 * Proposes statements from a source: one draft per reporting verb and speaking actor. The stances
 * are read against the event the source is filed under (its initiator, its parties); without one,
 * nothing is assumed of who acted.
 */
export function extractDrafts(source: string, event: DraftEvent | null = null): Draft[] {
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
      const suggested = suggestion(verb, match[0], after, event, people)
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
          // The codebook places no party to the conflict on the scale.
          ...(event?.parties?.includes(mention.entry.id)
            ? {
                stance: null,
                reason: `${mention.entry.name} is a party to the event: its statements take no stance.`,
              }
            : suggested),
          speaker,
        })
      }
    }
  }
  return drafts
}
