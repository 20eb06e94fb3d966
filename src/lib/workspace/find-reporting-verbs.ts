import { reportingVerbs, type ReportingVerb, type VerbSense } from './reporting-verbs'

const senseOfFeeling = {
  thanks: /^\W*(?:\w+\s+){0,3}?(?:gratitude|appreciation|thanks)\b/iu,
  support: /^\W*(?:\w+\s+){0,3}?(?:support|backing|solidarity|satisfaction|understanding)\b/iu,
  concern:
    /^\W*(?:\w+\s+){0,3}?(?:concern|concerns|regret|dismay|alarm|disappointment|outrage|indignation|worry|frustration|opposition)\b/iu,
  condemn: /^\W*(?:\w+\s+){0,3}?condemnation\b/iu,
}

const senseOfExpression = (after: string): VerbSense =>
  senseOfFeeling.thanks.test(after)
    ? 'thanks'
    : senseOfFeeling.condemn.test(after)
      ? 'condemns'
      : senseOfFeeling.support.test(after)
        ? 'supports'
        : senseOfFeeling.concern.test(after)
          ? 'criticises'
          : 'says'

const expressive = new Set(['express', 'voice', 'convey', 'reiterate', 'reaffirm'])

/**
 * Where a form reports nothing although it is a verb: negated ("no ministry said", "did not
 * comment"); a participle after a noun ("in a video posted on Telegram"); or in a relative clause
 * whose object is the noun before it ("the Accord, which this Council endorsed", "land that both
 * claim."), which describes that noun rather than reporting an act.
 */
const negated =
  /(?:\b(?:not|never|nobody|no one)\s+(?:\p{Ll}+\s+)?|n['’]t\s+|(?:^|\s)no\s+(?:\p{Ll}+\s+){1,4})$/u
const participle =
  /\b(?:in|on|at|from|with|via)\s+(?:a|an|the|its|their|his|her)\s+(?:\p{L}+\s+){1,2}$/iu
// The relative clause's own subject follows "which": a determiner, a pronoun or a name ("which
// this Council endorsed"), not an adverb or a time ("which on Monday condemned" reports).
// After a preposition ("the call, in which he urged …") the relative clause has an object of its own.
const objectRelative =
  /(?<!\b(?:in|by|during|through|with|under|at|on)\s+)\b(?:which|whom)\s+(?:the|this|that|these|its|their|our|his|her|we|they|he|she|it|\p{Lu}[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,4}$/u
// "the support they have offered": a relative clause with no "that", whose object is the noun.
const bareRelative =
  /\b(?:the|a|an|its|their|his|her|our|these|those)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:they|we|he|she|it|you)\s+(?:have|has|had)\s+$/u
const thatRelative = /\bthat\s+(?:[\p{L}’'-]+\s+){1,6}$/u
const reportsNothing = (before: string, form: string, after: string) =>
  negated.test(before) ||
  /^\s+nothing\b/u.test(after) ||
  (/ed$/u.test(form) && participle.test(before)) ||
  objectRelative.test(before) ||
  bareRelative.test(before) ||
  (thatRelative.test(before) && /^\s*(?:[.;,]|$)/u.test(after))

const declines =
  /(?:\b(?:do|does|did|will|would|can|could|shall)\s+not|\bcannot|\b(?:do|does|did|will|would|can|could)n['’]t|\bwon['’]t|\bnever)\s+$/iu
const backs = (verb: ReportingVerb) => verb.sense === 'supports' || verb.lemma === 'accept'

/** A reporting verb found in a text: where, which, and what it suggests there. */
export type FoundVerb = {
  start: number
  end: number
  text: string
  verb: ReportingVerb
  sense: VerbSense
}

const pattern = new RegExp(
  `(?<![\\p{L}-])(?:${reportingVerbs.map((verb) => verb.forms).join('|')})(?![\\p{L}-])`,
  'giu',
)
/**
 * A word before a form that makes it a noun or an infinitive ("the call for calm", "its support",
 * "ready to support"): such a form reports no act of its own.
 */
const nounBefore =
  /(?:(?:^|\s)(?:a|an|the|this|that|its|his|her|their|our|your|any|no|of|for|to|with|full|strong|broad|firm|unwavering|continued|political|military|diplomatic|public|such|more|much|great|international)|['’]s)\s+$/iu

/**
 * A base form after a determiner and a describing word or two ("the specialised support they
 * offered", "their renewed call"): a verb there would need a subject in the plural, which such
 * words (no -s, or the adjective's -ous) are not, so it is a noun.
 */
const describedNoun =
  /(?:^|\s)(?:a|an|the|its|his|her|their|our|your)\s+(?:\p{Ll}[\p{Ll}-]*(?:ous|(?<!s|ly))\s+){1,2}$/u

const pluralAfterPreposition =
  /(?:^|\s)(?:of|against|on|about|over|into|by|with|without|amid|despite|at|after|following|from)\s+(?:(?!(?:the|a|an|this|that|its|his|her|their|our)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}$/u

const exact = reportingVerbs.map((verb) => new RegExp(`^(?:${verb.forms})$`, 'iu'))

/**
 * The reporting verbs of a text: each occurrence of a form whose required words follow it. A form
 * two verbs share ("called") is the first whose words follow. "Expressed" takes its sense from
 * what was expressed: support, concern, condemnation.
 */
export function reportingVerbsIn(text: string): FoundVerb[] {
  const found: FoundVerb[] = []
  // What an expressive verb expressed ("expressed support") is its object, not a verb of its own.
  let expressed = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index < expressed) continue
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 120)
    const before = text.slice(Math.max(0, match.index - 16), match.index)
    const clause =
      text
        .slice(Math.max(0, match.index - 60), match.index)
        .split(/[,;:]/u)
        .at(-1) ?? ''
    // "does not support", "cannot accept", "would not endorse": declining to back something
    // criticises it, where the words name the action.
    const refusal = declines.exec(before)?.[0] ?? ''
    const backing = refusal
      ? reportingVerbs.find((verb, at) => exact[at]?.test(match[0]) && backs(verb))
      : undefined
    if (backing) {
      const start = match.index - refusal.length
      found.push({
        start,
        end: match.index + match[0].length,
        text: `${refusal}${match[0]}`,
        verb: backing,
        sense: 'criticises',
      })
      continue
    }
    if (reportsNothing(clause, match[0], after)) continue
    // "Asked about the closure, the minister said": a participle opening the sentence is done to
    // its subject.
    const opens = text.slice(0, match.index).trim() === ''
    if (opens && /ed$/u.test(match[0]) && /^\s+(?:about|on|over|whether|if|why)\b/u.test(after))
      continue
    // "I want to thank …", "we wish to express …": an infinitive that performs the act.
    // So does one it goes on doing or hastens to do: "will continue to stand by …", "was quick to
    // condemn", "moved to reassure".
    const performs =
      /\b(?:want|wish|like|would like|must|have|continues?|quick|swift|first|moved|rushed|hastened|went on|decided|chose)\s+to\s+$/iu.test(
        text.slice(Math.max(0, match.index - 24), match.index),
      )
    // "Our thoughts are with …": the owner the possessive names is the one speaking.
    const owned = /^(?:thoughts|prayers|hearts|sympathies)\s/iu.test(match[0])
    if (!/(?:ed|ing)$/iu.test(match[0]) && nounBefore.test(before) && !performs && !owned) continue
    // "for offering talks", "read as backing": a gerund after a preposition reports no act.
    if (/ing$/iu.test(match[0]) && /\b(?:for|of|by|without|about|as|on|from|in)\s+$/iu.test(before))
      continue
    // "They would say that", "Norway may condemn": what someone would or may say is no act.
    if (/\b(?:would|could|might|may)\s+(?:\p{L}+\s+)?$/iu.test(before)) continue
    // "If Norway condemns the closure, …": a condition reports no act.
    if (/(?:^|\s)(?:if|unless)\s+(?:\S+\s+){0,5}$/iu.test(clause)) continue
    // "is “alarmed” by": the words that must follow may follow a closing quotation mark.
    const next = after.replace(/^["”’'»]/u, '')
    const index = reportingVerbs.findIndex(
      (verb, at) => exact[at]?.test(match[0]) && (verb.follow?.test(next) ?? true),
    )
    const verb = reportingVerbs[index]
    if (!verb) continue
    if (match[0].toLowerCase() === verb.lemma && describedNoun.test(clause)) continue
    // "the repression of peaceful protests", "alarmed by reports that": after a preposition and
    // any describing words, with no subject between them, an -s form is a plural noun.
    if (/s$/iu.test(match[0]) && pluralAfterPreposition.test(clause)) continue
    const sense = expressive.has(verb.lemma) ? senseOfExpression(after) : verb.sense
    if (expressive.has(verb.lemma))
      expressed = match.index + match[0].length + (verb.follow?.exec(after)?.[0].length ?? 0)
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      verb,
      sense,
    })
  }
  return found
}
