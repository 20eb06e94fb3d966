import { findByName, stateForCapital, type GazetteerEntry } from '../gazetteer/gazetteer'
import type { Span } from '../schemas/source'
import { escape, insideQuote, text, type Mention } from './extract-text'
import { openingMark } from './quotation'

/**
 * Who speaks through a reporting verb: the actor named nearest before it, skipping relative
 * clauses (", which …,"); for a participle after a comma ("…, urging"), the sentence's subject;
 * for a verb after a quotation ("…,” the ministry said), the actor named between the two. Actors
 * listed together before the verb ("the EU, France and Germany condemned") all speak.
 */
export function speakersFor(
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
export function introducePeople(
  sentence: Span,
  mentions: Mention[],
  people: Map<string, GazetteerEntry>,
) {
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
export function personBefore(sentence: Span, verbAt: number): string | null {
  const head = text(sentence, sentence.start, verbAt)
  const match = /((?:\p{Lu}[\p{L}’'-]+ ){1,3}\p{Lu}[\p{L}’'-]+),? $/u.exec(head)
  if (!match) return null
  const words = match[1]
  return !words || findByName(words) || stateForCapital(words) ? null : words
}
