import type { SentenceParts } from './extract-parts'
import type { DraftActor, Mention } from './extract-text'
import { text } from './extract-text'

/** Words right before a name that make it a place or an object: "to", "in the". */
export const before =
  /\b(?:to|in|at|from|with|for|on|about|against|toward|towards|over|into|by)\s+(?:the\s+)?$/iu

/**
 * A list's words without what only describes its names: the footnote marks they carry ("North
 * Macedonia*, Albania*") and a head noun before them, capitalised as titles are ("The Governments
 * of Chile, Colombia and Mexico", "the Heads of State of …", "the Candidate Countries …").
 */
const unmarked = (words: string) =>
  words
    .replace(/[*†‡]+/gu, '')
    .replace(
      /^\s*(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+(?:s|ies)(?:\s+of(?:\s+(?:\p{Lu}\p{Ll}+\s+){1,2}of)?)?(?=\s|$)/u,
      ' ',
    )

/** Words after a name that make it someone other than the state: "Armenian separatists". */
export const nonState =
  /^(?:’s|'s)?\s+(?:armed\s+)?(?:separatists?|rebels?|militants?|fighters?|insurgents?|protesters?|people|population|civilians|citizens|communit(?:y|ies)|diaspora|residents|refugees|media|press|newspapers?|analysts?|experts?|lawmakers|opposition|hackers|crew|families|activists|militias?)\b/iu

/** The actors a phrase names as its subject: a list ("the EU, France and Germany") or its head. */
export function actorsOfPhrase(phrase: string, offset: number, parts: SentenceParts): Mention[] {
  const inside = parts.mentions.filter(
    (mention) =>
      mention.start >= offset &&
      mention.end <= offset + phrase.length &&
      !nonState.test(text(parts.sentence, mention.end, parts.sentence.end)),
  )
  const rest = unmarked(
    inside.reduce(
      (left, mention) => left.replace(text(parts.sentence, mention.start, mention.end), ''),
      text(parts.sentence, offset, offset + phrase.length),
    ),
  )
  // "The EU, France and Germany": a list, each speaking; "the NATO Secretary-General": one.
  // Lower-case words and acronyms around the names only describe them ("the candidate countries A
  // and B", "the EFTA countries C and D").
  if (
    inside.length > 1 &&
    /^(?:\s|,|\p{Ll}+(?!\p{Ll})|\p{Lu}{2,}(?!\p{L}))*$/u.test(
      rest.replace(/^\s*(?:the|an?)\b/iu, ''),
    ) &&
    /,|\band\b/iu.test(rest)
  )
    return inside
  const strong = inside.filter(
    (mention) => !mention.weak && !before.test(text(parts.sentence, offset, mention.start)),
  )
  const chosen = strong[0] ?? inside.find((mention) => !mention.weak) ?? inside[0]
  return chosen ? [chosen] : []
}

/** The subject of a clause: its first actor named outside a phrase of place or object. */
export function leadOf(from: number, to: number, parts: SentenceParts): DraftActor | null {
  const first = parts.mentions.find(
    (mention) =>
      mention.start >= from &&
      mention.end <= to &&
      !before.test(text(parts.sentence, from, mention.start)) &&
      !nonState.test(text(parts.sentence, mention.end, parts.sentence.end)),
  )
  return first?.entry ?? null
}

/** Actors listed before the last phrase, each phrase nothing but a name ("The EU, France and …"). */
export function listedBefore(phrases: string[], start: number, parts: SentenceParts): Mention[] {
  const listed: Mention[] = []
  let at = start
  for (const phrase of phrases.slice(0, -1)) {
    // "Ukraine and Georgia, as candidate countries, Liechtenstein, …": a role set off by commas
    // describes the items before it and ends no list.
    if (/^as\s/iu.test(phrase)) {
      at += phrase.length + 2
      continue
    }
    const found = actorsOfPhrase(phrase, at, parts)
    // A phrase that is names and the lower-case words describing them ("the candidate countries").
    const rest = unmarked(
      found.reduce(
        (left, mention) => left.replace(text(parts.sentence, mention.start, mention.end), ''),
        phrase,
      ),
    )
    // Describing words come before the names, never after them: "Drossia to stop" is no item.
    const last = found.at(-1)
    const ends =
      last !== undefined &&
      unmarked(text(parts.sentence, last.end, at + phrase.length)).trim() === ''
    const whole = ends && /^(?:\s|\p{Ll}+(?!\p{Ll}))*$/u.test(rest.replace(/^\s*the\b/iu, ''))
    listed.splice(0, listed.length, ...(whole ? [...listed, ...found] : []))
    at += phrase.length + 2
  }
  return listed
}
