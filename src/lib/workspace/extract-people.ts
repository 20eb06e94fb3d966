import { findByName, stateForCapital } from '../gazetteer/gazetteer'
import type { Span } from '../schemas/source'
import type { SentenceParts } from './extract-parts'
import type { DraftActor } from './extract-text'
import { escape, mentionsIn, text, type Mention } from './extract-text'
import type { FoundVerb } from './find-reporting-verbs'

/** A person named right before the verb ("President Recep Tayyip Erdoğan, saying"). */
export function personBefore(sentence: Span, verbAt: number): string | null {
  const head = text(sentence, sentence.start, verbAt)
  const match = /((?:\p{Lu}[\p{L}’'-]+ ){1,3}\p{Lu}[\p{L}’'-]+),? $/u.exec(head)
  if (!match) return null
  const words = match[1]
  // "The Kremlin", "The Holy See": a body or a seat, not a person.
  if (!words || /^(?:The|A|An)\s/u.test(words) || mentionsIn(words).length > 0) return null
  return findByName(words) || stateForCapital(words) ? null : words
}

/**
 * People a source introduces with their actor ("Armenia’s Prime Minister Nikol Pashinian"), by
 * surname, so that a later "Pashinian said" is Armenia's.
 */
const body =
  /^(?:Ministry|Office|Department|Council|Government|Secretary|Minister|Commission|Service|Agency|Army|Forces|Presidency|Administration|Parliament|Assembly|Embassy|Mission|Committee|Cabinet|Court|Authorities|Spokesperson|Spokesman|Spokeswoman|Affairs|Defen[cs]e|Police|Navy|Guard|Representative|Envoy|Ambassador|Commissioner|Director|President|Chancellor|Premier|Secretary-General|Union|Nations|States|Republic|Kingdom|Federation|Organization|Organisation)$/u

/** A lower-case title after an actor, then the person's name: "Vennland’s president, Ilka Moreno,". */
const titledName =
  /^(?:’s|'s)?\s+(?:\p{Ll}+\s+){0,2}?(?:prime minister|president|minister|spokes(?:person|man|woman)|secretary|leader|chancellor|ambassador|envoy|premier),\s+((?:\p{Lu}[\p{L}’'-]+ ){1,3}?\p{Lu}[\p{L}’'-]+),/u
/** A person's title and name before "of" and the actor: "President Dario Venn of Ulvania". */
const nameOf = /\b\p{Lu}[\p{L}’'-]+ (?:\p{Lu}[\p{L}’'-]+ ){0,2}(\p{Lu}[\p{L}’'-]+) of (?:the )?$/u

export function introducePeople(parts: SentenceParts, people: Map<string, DraftActor>) {
  for (const mention of parts.mentions) {
    const rest = text(parts.sentence, mention.end, parts.sentence.end)
    const match = /^(?:’s|'s)? ((?:(?:\p{Lu}[\p{L}’'-]*|of) ){1,5}\p{Lu}[\p{L}’'-]+)/u.exec(rest)
    const lead = text(
      parts.sentence,
      Math.max(parts.sentence.start, mention.start - 60),
      mention.start,
    )
    const surname = (match?.[1] ?? titledName.exec(rest)?.[1] ?? nameOf.exec(lead)?.[1])
      ?.split(' ')
      .at(-1)
    // "Estrania's Defense Ministry" names a body, not a person.
    if (surname && !findByName(surname) && !stateForCapital(surname) && !body.test(surname))
      people.set(surname, mention.entry)
  }
}

/**
 * "The strike was condemned by France and Germany": a passive's agent speaks, and what came before
 * the verb is what it spoke of ("concerned by" names a cause, not an agent).
 */
export function passiveAgent(verb: FoundVerb, before: string, parts: SentenceParts) {
  if (verb.verb.lemma === 'be concerned') return null
  if (!/\b(?:was|were|been|is|are|being)\s+(?:(?:\p{Ll}+ly|also|again|too)\s+)*$/u.test(before))
    return null
  // "…, including by Sweden and Finland": the agents a passive lists after a comma.
  return /^,?\s+(?:(?:including|notably|among others)\s+)?by\s+((?:[^,.;:]|\.(?=\S)|(?<=\b\p{Lu}\.\p{Lu})\.)*)/u.exec(
    text(parts.sentence, verb.end, parts.sentence.end),
  )
}

const titleWords =
  '[Pp]rime [Mm]inister|[Pp]resident|[Mm]inister|[Cc]hair(?:person|man|woman)?|[Ss]pokes(?:person|man|woman)|[Ss]ecretary|[Ll]eader|[Cc]hancellor|[Aa]mbassador|[Ee]nvoy|[Kk]ing|[Qq]ueen|[Ee]mir|[Pp]remier|[Hh]ead of [Ss]tate|[Rr]epresentative'
const ownTitle = new RegExp(`^(?:’s|'s)\\s+((?:\\p{L}+\\s+){0,2}?(?:${titleWords}))\\b`, 'u')
const titleOf = new RegExp(
  `\\b((?:(?:[Ff]oreign|[Dd]efen[cs]e|[Dd]eputy|[Vv]ice|[Ii]nterior|\\p{Lu}\\p{L}+)\\s+){0,2}(?:${titleWords}))\\s+of\\s+(?:the\\s+)?$`,
  'u',
)

/** A title's words as a later "the Minister" or "the Foreign Minister" gives them. */
export const titleKey = (words: string) =>
  words
    .trim()
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/\s+/gu, ' ')

/**
 * Titles a sentence gives an actor ("Tarvena’s Foreign Minister, Mr. Orsin Vael", "the
 * Chairperson of the African Union Commission"), by the whole title and its last word, so that a
 * later "the Minister" is Tarvena's and not the author's.
 */
export function introduceTitles(parts: SentenceParts, titles: Map<string, DraftActor>) {
  for (const mention of parts.mentions) {
    if (mention.weak) continue
    const after = ownTitle.exec(text(parts.sentence, mention.end, parts.sentence.end))
    const before = titleOf.exec(
      text(parts.sentence, Math.max(parts.sentence.start, mention.start - 40), mention.start),
    )
    const title = after?.[1] ?? before?.[1]
    if (!title) continue
    titles.set(titleKey(title), mention.entry)
    titles.set(titleKey(title.split(/\s+/u).at(-1) ?? title), mention.entry)
  }
}

const personTitle =
  /^(?:’s|'s)?\s+(?:\p{L}+\s+){0,2}?(?:prime minister|president|minister|spokes(?:person|man|woman)|secretary|leader|chancellor|ambassador|envoy|king|queen|emir|premier|counterpart|head of state)\b/iu

/**
 * The actor a sentence first names with a person's title ("the Secretary-General", "the Kettish
 * prime minister", "Germany's foreign minister"), most often its subject, whom the next
 * sentence's "he" or "she" stands for.
 */
export function lastTitledIn(parts: SentenceParts): DraftActor | null {
  const titled = parts.mentions.filter(
    (mention) =>
      mention.weak ||
      personTitle.test(
        text(parts.sentence, mention.end, Math.min(mention.end + 40, parts.sentence.end)),
      ) ||
      /\b(?:minister|president|secretary|leader|spokes\w+|ambassador|envoy)\s+of\s+(?:the\s+)?$/iu.test(
        text(parts.sentence, Math.max(parts.sentence.start, mention.start - 30), mention.start),
      ),
  )
  return titled[0]?.entry ?? null
}

/**
 * The two actors a sentence says talked ("The Secretary-General spoke by telephone with the
 * Chairperson of the African Union Commission"), whom a later "Both called on …" stands for.
 */
export function conversationIn(parts: SentenceParts): [DraftActor, DraftActor] | null {
  const words = parts.sentence.text
  const talk =
    /\b(?:spoke|speaks|spoken|met|meets|talked|talks|conferred|held (?:talks|a call|calls|a meeting))\b[^.;]*?\bwith\s/u.exec(
      words,
    )
  if (!talk) return null
  const verbAt = parts.sentence.start + talk.index
  const withAt = parts.sentence.start + talk.index + talk[0].length
  const first = parts.mentions.find((mention) => mention.end <= verbAt)
  const second = parts.mentions.find((mention) => mention.start >= withAt)
  return first && second && first.entry.id !== second.entry.id ? [first.entry, second.entry] : null
}

/** The actor a sentence opens with ("Beijing, which …, was more guarded"), its likely subject. */
export function openingActor(parts: SentenceParts): DraftActor | null {
  const first = parts.mentions[0]
  if (!first) return null
  const lead = text(parts.sentence, parts.sentence.start, first.start)
  return /^(?:the\s+)?$/iu.test(lead) ? first.entry : null
}

/** Mentions in `words`, with the people the source tied to an actor counted as that actor. */
export function withPeople(
  found: Mention[],
  words: string,
  people: ReadonlyMap<string, DraftActor>,
): Mention[] {
  const more: Mention[] = []
  for (const [surname, entry] of people)
    if (words.includes(surname))
      for (const match of words.matchAll(
        new RegExp(`(?<!\\p{L})${escape(surname)}(?!\\p{L})`, 'gu'),
      ))
        more.push({ start: match.index, end: match.index + surname.length, entry, weak: false })
  return more.length === 0 ? found : [...found, ...more].sort((a, b) => a.start - b.start)
}
