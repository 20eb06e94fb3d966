import { gazetteerEntry, stateForCapital } from '../gazetteer/gazetteer'
import type { Context, SentenceParts } from './extract-parts'
import { titleKey } from './extract-people'
import type { DraftActor } from './extract-text'
import { escape, text } from './extract-text'

/**
 * People nobody named ("Diplomats say …", "Analysts in Moravel said …", "a senior EU diplomat
 * said") and crowds ("Protesters in Santiago", "Residents of Velmora") speak for no actor, even
 * where the sentence puts them or names one: diplomats in a capital are mostly other states', and
 * an unnamed diplomat is no institution's statement.
 */
export const unnamedPeople =
  /^(?:\p{Ll}+\s+)?(?:diplomats|sources|analysts|observers|experts|witnesses|protesters|demonstrators|residents|activists|villagers|crowds|police|troops|soldiers)\b|^(?:[\p{L}.-]+\s+){0,4}?(?:diplomats?|sources?|analysts?|experts?|insiders?)$/iu

/** A plural that restates speakers already named: "the three organisations", "the signatories". */
const restating =
  /^(?:the|these|all|all three|all four)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:organi[sz]ations|states|countries|governments|ministers|foreign ministers|leaders|signatories|co-chairs|partners|institutions|bodies|agencies|allies|nations|delegations|members)$/iu

/** A title or body that speaks for an actor without naming it. */
export const plainTitle =
  /\b(?:ministry|department|government|head of|spokes(?:person|man|woman)|officials?|minister|secretary|president|presidency|prime minister|chancellor|office|embassy|mission|envoy|ambassador|diplomats?|leader|cabinet|administration|statement|readout|council)\b/iu

/** What a pronoun or a plain title stands for. */
export function standIn(
  subject: string,
  clauseAt: number,
  subjectAt: number,
  parts: SentenceParts,
  context: Context,
): DraftActor[] {
  const words = subject.trim()
  const person = [...context.people].find(([surname]) =>
    new RegExp(`(?<!\\p{L})${escape(surname)}(?!\\p{L})`, 'u').test(words),
  )
  if (person) return [person[1]]
  // "for now I advise", "today we call": a pronoun after a phrase of time or place is the subject.
  if (/^(?:we|i|our\b.*|my\b.*)$/iu.test(words) || /\s(?:we|I)$/u.test(words))
    return [...context.authors]
  if (/^(?:he|she)$/iu.test(words)) {
    const actor = context.lastTitled ?? context.lastSpeaker
    return actor ? [actor] : []
  }
  // "… spoke with the Chairperson of the African Union Commission. They agreed …": the two the
  // sentence before said talked.
  if (/^they$/iu.test(words) && context.talked.length === 2) return [...context.talked]
  // "The AU, ECOWAS and the UN condemn … They thank …", "The three organisations demand …": a
  // plural that takes up the last sentence's speakers is each of them.
  // So is a joint document's "they": its signatories.
  const group = context.group ?? []
  if (/^they$/iu.test(words) && group.length > 1) return [...group]
  if (/^they$/iu.test(words) && context.authors.length > 1) return [...context.authors]
  if (/^(?:they|it)$/iu.test(words)) return context.lastSpeaker ? [context.lastSpeaker] : []
  // "Both called on all parties …": the two a sentence said talked, or else the two who spoke last.
  if (
    /^(?:both|they both|the two(?: \p{L}+)?|both (?:men|women|leaders|ministers|officials))$/iu.test(
      words,
    )
  )
    return context.pair.length === 2
      ? [...context.pair]
      : context.recent.length >= 2
        ? [...context.recent.slice(-2)]
        : []
  const several = group.length > 1 ? group : context.authors
  if (restating.test(words)) return several.length > 1 ? [...several] : []
  // "The EU condemned … The bloc also urged …": wire copy's other word for an organisation that
  // spoke last ("the bloc", "the alliance", "the world body"), also with a title after it.
  if (
    /^the\s+(?:\d+-(?:member|nation)\s+)?(?:bloc|alliance|world body|organi[sz]ation)(?:['’]s\s.*)?$/iu.test(
      words,
    )
  ) {
    const organisation = context.recent
      .filter((held) => gazetteerEntry(held.id)?.kind === 'international-organisation')
      .at(-1)
    return organisation ? [organisation] : []
  }
  // "The Minister thanked …": the actor an earlier sentence gave that title.
  const holder = /^(?:the\s+)?[\p{L} -]{2,40}$/iu.test(words)
    ? context.titles.get(titleKey(words))
    : undefined
  if (holder) return [holder]
  // "For Poland, the closure is “a step backwards”, its foreign minister said": "its" is the actor
  // the sentence named before it.
  const owner = /^(?:its|their)\s/iu.test(words)
    ? parts.mentions.filter((mention) => mention.end <= subjectAt && !mention.weak).at(-1)
    : undefined
  if (owner && plainTitle.test(words)) return [owner.entry]
  // "Norvania's president": a title of an actor nobody has added speaks for no one known.
  if (!plainTitle.test(words) || /\p{Lu}[\p{L}-]+(?:'s|’s)\s/u.test(words)) return []
  // "In Ankara, officials said", "… a spokeswoman said at her briefing in Moscow": the capital the
  // clause puts the title in stands for its state.
  const place = parts.mentions.find(
    (mention) =>
      mention.start >= clauseAt &&
      /\bin\s+$/iu.test(
        text(parts.sentence, Math.max(parts.sentence.start, mention.start - 4), mention.start),
      ) &&
      stateForCapital(text(parts.sentence, mention.start, mention.end)) !== undefined,
  )
  if (place) return [place.entry]
  if (/^officials$/iu.test(words) || unnamedPeople.test(words)) return []
  // "Beijing was more guarded. “…,” a foreign ministry spokesperson told a briefing": a title right
  // after a sentence an actor opens is that actor's; else the author's or the last speaker's.
  const actor =
    context.authors.length === 1 ? context.authors[0] : (context.topic ?? context.lastSpeaker)
  return actor ? [actor] : []
}
