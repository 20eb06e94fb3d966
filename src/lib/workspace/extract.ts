import type { GazetteerEntry } from '../gazetteer/gazetteer'
import type { StanceId } from '../vocabulary'
import type { Span } from '../schemas/source'
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
