import type { DraftActor } from './extract-text'
import { text } from './extract-text'
import type { Quotation } from './quotation'
import type { FoundVerb } from './find-reporting-verbs'
import type { Context, SentenceParts } from './extract-parts'
import { passiveAgent } from './extract-people'
import { actorsOfPhrase, leadOf, listedBefore } from './extract-phrase-actors'
import { plainTitle, standIn, unnamedPeople } from './extract-stand-in'

/** Words between a subject and its verb that are not the subject: auxiliaries and adverbs. */
const filler =
  /(?:\s+(?:has|have|had|is|are|am|was|were|been|deeply|gravely|seriously|extremely|very|particularly|increasingly|also|later|then|again|today|yesterday|now|once more|strongly|firmly|swiftly|quickly|publicly|repeatedly|further|earlier|separately|jointly|immediately|already|likewise|too|itself|herself|himself|themselves|would|will|did|does|wants? to|wish(?:es)? to|would like to|must|has to|have to|on \p{Lu}\w+day|on \w+ \d+|in a statement|in a post|in remarks))+\s*$/iu
/** Any adverb in -ly there ("We equally urge"), in lower case: "Italy" is a subject. */
const adverbs = /(?:\s+\p{Ll}{3,}ly)+\s*$/u
/** The words before a verb without the auxiliaries and adverbs at their end. */
function unfilled(words: string, by: string): string {
  let out = words
  for (let next = ''; ; out = next) {
    next = out.replace(filler, by).replace(adverbs, by)
    if (next === out) return out
  }
}
/** The words with every quotation, marks and all, blanked out: quoted names speak for no one. */
function blanked(words: string, from: number, quotes: readonly Quotation[]): string {
  let out = words
  for (const quote of quotes) {
    const start = Math.max(quote.open - from, 0)
    const end = Math.min(quote.close + 1 - from, words.length)
    if (end > start) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end)
  }
  return out
}

/**
 * Who speaks through a reporting verb: the subject of its clause. The clause starts after the
 * sentence's last boundary before the verb (a semicolon, a colon, a quotation and its comma, or
 * the words of an earlier verb); an appositive (", Ilo Varth,") and introductory phrases ("In
 * Ankara,") are set aside, though a place they name stands for the actor of a plain title ("In
 * Ankara, officials said"). A verb joined to an earlier one ("… and urged") shares its subject; a
 * verb after a quotation whose subject follows it ("…,” said the minister) takes that one.
 * Pronouns and plain titles stand for the document's author, the last titled actor or the last
 * speaker. Objects and words inside quotation marks are never speakers.
 */
export function speakersOf(
  verb: FoundVerb,
  index: number,
  parts: SentenceParts,
  shared: readonly DraftActor[] | null,
  context: Context,
): DraftActor[] {
  // "…, according to a foreign ministry spokesperson in Beijing": the speaker follows.
  if (verb.verb.lemma === 'according to') return after(verb, parts, context)
  const { sentence, quotes } = parts
  const previous = parts.verbs[index - 1]
  const from = previous ? previous.end : sentence.start
  const gap = blanked(text(sentence, from, verb.start), from, quotes)
  const joined = /(?:,|\band|\bbut|\bor|\bthen|\bbefore|\bafter|\bwhile)\s*$/iu
  // "Brussels urged …, while ASEAN ministers, in a statement, said": a new subject after "while"
  // or a semicolon starts a clause of its own, whatever punctuation ends the gap.
  const turn = /^.*(?:;|\bwhile\b|\bwhereas\b)/su.exec(gap)
  const fresh =
    turn !== null &&
    parts.mentions.some(
      (mention) => mention.start >= from + turn[0].length && mention.end <= verb.start,
    )
  if (previous && shared && !fresh && joined.test(unfilled(gap, ' '))) return [...shared]
  const agent = passiveAgent(verb, gap, parts)
  if (agent?.[1]) {
    const at = verb.end + agent[0].length - agent[1].length
    const named = actorsOfPhrase(agent[1], at, parts)
    if (named.length > 0) return named.map((mention) => mention.entry)
  }
  // "China's spokesperson was asked about it": the one asked is no speaker.
  if (!agent && verb.sense === 'calls' && /\b(?:was|were|been|being)\s+$/u.test(gap)) return []
  const relative = /,\s+(?:who|whose(?:\s+\p{L}+){1,3})\s*$/u.exec(unfilled(gap, ' '))
  if (relative) {
    const antecedent = parts.mentions
      .filter((mention) => mention.end <= from + relative.index)
      .at(-1)
    return antecedent ? [antecedent.entry] : []
  }
  let head = unfilled(gap, '')
  let start = from
  // "The Nordic countries — Denmark, Finland and Sweden — urged": names set off by a pair of dashes
  // right before the verb say who the subject is; other words there only describe it.
  const dashed = /[—–]\s*([^—–]+?)\s*[—–]\s*$/u.exec(head)
  if (dashed?.[1]) {
    const at = from + dashed.index + dashed[0].indexOf(dashed[1])
    const within = actorsOfPhrase(dashed[1], at, parts)
    // Only names: "France — which had spoken with Germany — urged" names no subject between them.
    const rest = within.reduce(
      (left, mention) => left.replace(text(sentence, mention.start, mention.end), ''),
      dashed[1],
    )
    if (within.length > 0 && /^(?:\s|,|\band\b|\bthe\b)*$/iu.test(rest))
      return within.map((mention) => mention.entry)
    // Any other words between the dashes are set aside, as words between commas are.
    head = head.slice(0, dashed.index)
  }
  const closed = quotes.filter((quote) => quote.close >= from && quote.close < verb.start).at(-1)
  const afterQuote = closed ? closed.close + 1 - from : 0
  const boundary =
    // "as" starts a clause ("as the ministry said"), not a role set off by commas ("…, as a member, …").
    /^.*(?:[;:]|\s—|\s-|\b(?:after|while|when|before|because|since|whereas|although|until)\s|\bas\s(?![^,]*,))\s*/isu.exec(
      head,
    )?.[0].length ?? 0
  const cut = Math.max(afterQuote, boundary)
  // "The White House was blunter: a spokesperson called …": the clause before the colon names
  // whom the title after it speaks for.
  const colon = boundary > afterQuote && /:\s*$/u.test(head.slice(0, boundary))
  const lead = colon ? leadOf(from, from + head.slice(0, boundary).lastIndexOf(':'), parts) : null
  const space = /^[\s,]*/u.exec(head.slice(cut))?.[0].length ?? 0
  start += cut + space
  head = head.slice(cut + space)
  // "We, the foreign ministers of Australia, Canada and New Zealand, condemn": each one named.
  if (/^(?:we|i),\s+.+,\s*$/isu.test(head)) {
    const signed = parts.mentions.filter(
      (mention) => !mention.weak && mention.start >= start && mention.end <= start + head.length,
    )
    if (signed.length > 0) return signed.map((mention) => mention.entry)
  }
  // A relative clause (", which …,") and then an appositive (", Ilo Varth,") are set aside.
  const relativeClause = /,\s+(?:which|who|whose|where)\b.*,\s*$/su.exec(head)
  if (relativeClause) head = head.slice(0, relativeClause.index)
  const appositive = /,\s+[^,]+,\s*$/u.exec(head)
  if (appositive) head = head.slice(0, appositive.index)
  const phrases = head.split(/,\s+/u)
  const subject = phrases.at(-1) ?? ''
  const subjectAt = start + head.length - subject.length
  if (subject.trim() === '' && closed) return after(verb, parts, context)
  // "…, writing that …": a participle after a comma has the sentence's subject.
  if (subject.trim() === '' && /ing$/u.test(verb.text) && phrases.length > 1) {
    const main = actorsOfPhrase(phrases[0] ?? '', start, parts)
    if (main.length > 0) return main.map((mention) => mention.entry)
  }
  const bare = subject.replace(/^(?:(?:and|but|while|so|then|today|now|here|yesterday)\s+)+/iu, '')
  if (unnamedPeople.test(bare.trim())) return []
  // "… Türkiye's minister for his call, in which he urged …", "the Brigades' statement, in which
  // the group claimed …": a clause on what the sentence just named speaks for the actor named last.
  if (
    /^(?:in|during|by|through|with|under)\s+which\s+(?:he|she|it|they|the\s+\p{Ll}+)$/iu.test(
      bare.trim(),
    )
  ) {
    const antecedent = parts.mentions.filter((mention) => mention.end <= subjectAt).at(-1)
    if (antecedent) return [antecedent.entry]
  }
  const named = actorsOfPhrase(bare, subjectAt + subject.length - bare.length, parts)
  // "Poland's ministry says it has asked …": a pronoun after an earlier verb is that verb's subject.
  // So is a plain title there: "Downing Street says the prime minister told …".
  if (
    named.length === 0 &&
    previous &&
    shared &&
    // An earlier verb with no subject of its own ("was welcomed in Moscow, where the ministry
    // called") leaves the title to stand for someone else.
    shared.length > 0 &&
    (/(?:^|\s)(?:it|they|he|she)$/iu.test(bare.trim()) || plainTitle.test(bare))
  )
    return [...shared]
  // "… posted in German: „…“ [We call on …]": a bracketed translation's "we" is whoever posted it.
  const bracketed = /\[[^\]]*$/u.test(text(sentence, sentence.start, verb.start))
  if (named.length === 0 && shared && bracketed && /^\[?(?:we|i)$/iu.test(bare.trim()))
    return [...shared]
  const listed = listedBefore(phrases, start, parts)
  if (named.length > 0) return [...listed, ...named].map((mention) => mention.entry)
  // "Antonio Guterres, secretary-general of the United Nations, called": the appositive names it.
  const described = appositive ? actorsOfPhrase(appositive[0], start + appositive.index, parts) : []
  if (described.length > 0) return described.map((mention) => mention.entry)
  if (lead && /^(?:an?|its|their|the)\s/iu.test(bare.trim()) && plainTitle.test(bare)) return [lead]
  return standIn(bare, start, subjectAt, parts, context)
}

/** The subject after a verb that follows a quotation: "…,” said France’s foreign minister. */
function after(verb: FoundVerb, parts: SentenceParts, context: Context): DraftActor[] {
  const rest = text(parts.sentence, verb.end, parts.sentence.end)
  const phrase = /^[^,.;:]*/u.exec(rest)?.[0] ?? ''
  const named = actorsOfPhrase(phrase, verb.end, parts)
  if (named.length > 0) return named.map((mention) => mention.entry)
  // "…,” said Alicia Bárcena, Mexico’s foreign secretary: the person's title names the actor.
  const title = /^,\s*([^,.;:]*)/u.exec(rest.slice(phrase.length))
  const at = verb.end + phrase.length + (title ? title[0].length - (title[1] ?? '').length : 0)
  const described = title?.[1] ? actorsOfPhrase(title[1], at, parts) : []
  const person = /^\s*(?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+\s*$/u.test(phrase)
  if (described.length > 0 && person) return described.map((mention) => mention.entry)
  return standIn(phrase, verb.end, verb.end, parts, context)
}
