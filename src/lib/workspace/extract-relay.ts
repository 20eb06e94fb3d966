import type { SentenceParts } from './extract-parts'
import type { DraftActor, Mention } from './extract-text'
import { escape, text } from './extract-text'
import { reportingVerbsIn, type FoundVerb } from './find-reporting-verbs'

/**
 * A relayed act: "the State Department said that Aliyev “expressed readiness” …". The codebook
 * gives the statement to the actor whose act is reported, not to the one relaying it
 * (docs/codebook.md, "What counts as one statement"). Returns that actor and its verb, at offsets
 * of the source, when a verb of saying is followed by "that", a subject naming an actor or a
 * person the source introduced, and a reporting verb of its own, quoted or not.
 */
export function relayedAct(
  after: string,
  at: number,
  find: (text: string) => Mention[],
  people: ReadonlyMap<string, DraftActor>,
): { actor: DraftActor; verb: FoundVerb } | null {
  const that = /^\s*,?\s*that\s+/u.exec(after)
  if (!that) return null
  const clause = after.slice(that[0].length, that[0].length + 160)
  const verb = reportingVerbsIn(clause)[0]
  if (!verb) return null
  const subject = clause
    .slice(0, verb.start)
    .replace(/["“”'‘’«»„]/gu, ' ')
    .trim()
  if (subject === '' || subject.split(/\s+/u).length > 6) return null
  const named = find(subject)[0]?.entry
  const person = [...people].find(([surname]) =>
    new RegExp(`(?<!\\p{L})${escape(surname)}(?!\\p{L})`, 'u').test(subject),
  )?.[1]
  const actor = named ?? person
  if (!actor) return null
  const offset = at + that[0].length
  return { actor, verb: { ...verb, start: verb.start + offset, end: verb.end + offset } }
}

/**
 * The same rule the other way round: "Armenian separatists … have agreed to a cease-fire …, the
 * Azerbaijani presidency announced". A verb of saying set after the clause that reports an
 * earlier act with a subject of its own only relays that act: whose it is, the earlier verb's
 * subject says, and the one announcing it gets no draft for it.
 */
export function relaysEarlierAct(verb: FoundVerb, index: number, parts: SentenceParts): boolean {
  const earlier = parts.verbs[index - 1]
  if (!earlier || verb.sense !== 'says' || index !== 1 || /ing$/u.test(verb.text)) return false
  const between = text(parts.sentence, earlier.end, verb.start)
  // A clause on a place (", where the ministry called it …") is a clause of its own, not a tag.
  const tag = /,\s+(?!(?:and|but|or|then|while|before|after|where)\b)[^,\s][^,]*$/u.test(between)
  // So is one on a person that says what they said (", who told him that …"): the act is theirs.
  const says = /^\s+(?:\p{Ll}+\s+)?that\b/u.test(text(parts.sentence, verb.end, parts.sentence.end))
  if (/,\s+who\s[^,]*$/u.test(between) && says) return false
  const subject = text(parts.sentence, parts.sentence.start, earlier.start).trim()
  return tag && subject !== '' && !/[”"’'»]\s*,?\s*$/u.test(subject)
}
