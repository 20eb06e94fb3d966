import type { Mention } from './extract-text'
import { escape } from './extract-text'

/**
 * What the drafts need to know of the event a source is filed under: who acted and what they did,
 * which a stance is read against, and who the parties are, whose statements take no stance.
 */
export type DraftEvent = {
  initiator?: { actorId: string | null; name: string } | undefined
  action?: { short: string; full: string } | undefined
  parties?: readonly string[] | undefined
}

/** How the words tie to the event: its initiator, its action, another actor, or nothing named. */
export type Target = { kind: 'action' | 'other' | 'none'; words: string }

export const allSides =
  /\b(?:all (?:[\p{L}-]+ (?:and )?){0,4}?(?:actors|sides|parties|stakeholders|factions)|both sides|the sides|all sides|all parties|the parties|conflicting parties|both parties|both countries|both governments|the two (?:sides|countries|governments)|everyone|all concerned|the international community|all actors)\b/iu
/** Nouns for what an initiator does: an act named so is the event's action. */
export const actNouns =
  /\b(?:operation|offensive|attack|attacks|assault|strikes?|shelling|bombing|bombardment|incursion|invasion|annexation|blockade|coup|seizure|move|decision|step|action|actions|closure|takeover|occupation|campaign|project|plan|measures?|policy|decree|deployment)\b/iu
/**
 * Words that condemn: condemning, calling an act illegal or a violation ("violates international
 * law", "in breach of"), or naming it a crime (aggression, piracy, terrorism, a massacre).
 */
export const condemnWords =
  /\b(?:condemn\w*|aggression|illegal|unlawful|(?:clear |flagrant |gross )?(?:breach|violation)s? of|violat(?:e|es|ed|ing)|breach(?:es|ed)|war crimes?|crimes? against humanity|invasion|piracy|terrorism|act of (?:terror|war)|atrocit(?:y|ies)|massacre|ethnic cleansing|genocide|collective punishment|(?:no|without any|without a|without) (?:legal basis|basis in (?:international )?law)|null and void|(?:runs?|ran|running) counter to (?:international )?law|contrary to international law|(?:incompatible|inconsistent) with international law)\b/iu
export const criticismWords =
  /\b(?:unacceptable|regrettable|deplorable|setback|worrying|alarming|dangerous|reckless|provocati\w+|irresponsible|disproportionate|mistake|unjustified|destabili[sz]\w*|counterproductive|counter-productive|unhelpful|not helpful|undermin(?:e|es|ed|ing)|hypocri\w+|baseless|unfounded|politically motivated|interfer(?:ence|ing)|meddl(?:e|es|ed|ing)|risk(?:s|ed|ing)? (?:a |an )?(?:wider|further|escalat\w*)|oppos(?:e|es|ed|ing)|(?:pose[sd]?|posing) an? (?:[\p{L}-]+ )?(?:threat|risk|danger)|threat to (?:[\p{L}-]+ )?(?:peace|stability|security)|deeply concerned|concern\w*|regret\w*|deplor\w+|criticis\w+|criticiz\w+)\b/iu
/**
 * Words that back an act or justify it: its right or legitimacy, self-defence, "defending its …",
 * a sovereign decision or an internal affair, respecting or understanding the decision, no other
 * choice, a response to provocation or pressure.
 */
export const supportWords =
  /\b(?:legitimate|rightful|justified|(?:every|the|a|its|sovereign) right (?:of [\p{L}’' ]{1,40}? )?to|within (?:its|their|his|her|\p{Lu}[\p{L}-]*[’']s) (?:rights?|powers?|competence|prerogatives?)|entitled to|courage|welcome step|support\w*|stand(?:s)? (?:with|by)|solidarity with|praise\w*|self-defen[cs]e|defen(?:d|ds|ded|ding) (?:its|their|his|her|itself|themselves)|sovereign (?:decision|choice|prerogative|matter)|internal (?:affairs?|matters?)|restor(?:e|es|ed|ing) (?:law and )?(?:order|stability|calm|constitutional order)|(?:on|within|in) (?:its|their) own (?:territory|soil|land)|(?:understands?|understood|respects?|respected)(?: and (?:understands?|respects?|supports?|accepts?))? (?:(?:(?:the|its|their|this|that) )?[\p{L}-]+[’']s |the |its |their |this |that )?(?:[\p{L}-]+ )?(?:decision|choice|position|move|step)|(?:had|has|have) no (?:other )?(?:choice|option)|forced to (?:act|respond|defend)|acceptable|tolerat(?:e|es|ed|ing)|(?:in line|in accordance|in conformity|consistent|compatible) with (?:[\p{L}-]+ ){0,2}?(?:constitution|law|charter|obligations)|response to (?:[\p{L}-]+ ){0,4}?(?:provocations?|threats?|pressure|aggression|attacks?)|accept(?:s|ed|ing)?|(?<!(?:internationally|universally|widely|generally|legally) )recogni[sz](?:e|es|ed|ing))\b/iu
export const callWords =
  /\b(?:must|should|needs? to|(?:urgent )?need for|hop(?:e|es|ed|ing) (?:for|that)|has to|have to|urge\w*|call(?:s|ed)? (?:on|for|upon)|appeal\w* (?:to|for)|demand\w*|stop|halt|cease|withdraw|pull (?:\w+ )*back|reverse|refrain|end (?:the|this|its)|(?:only|sole|best) (?:way|path|solution|option)|no (?:other )?alternative to|way forward|(?:political|diplomatic|peaceful|negotiated) (?:solution|settlement|resolution)|no (?:military|armed) (?:solution|option|answer)|(?:cannot|can ?not|can['’]t|will not|won['’]t) be (?:solved|resolved|settled|won) (?:by|through|with) (?:force|arms|military means))\b/iu
// Words of settling by talking: what the sides must do, none singled out; "there is no military
// solution" asks the same.
export const talkWords =
  /\b(?:(?:political|diplomatic|peaceful|negotiated) (?:solution|settlement|resolution)|no (?:military|armed) (?:solution|option|answer)|(?:cannot|can ?not|can['’]t|will not|won['’]t) be (?:solved|resolved|settled|won) (?:by|through|with) (?:force|arms|military means)|negotiat\w*|dialogue|talks|talking|restraint|calm|peace\w*|ceasefire|cease-fire|de-?escalat\w*|humanitarian law)\b/iu

const actionPatterns = new WeakMap<DraftEvent, RegExp | null>()

/**
 * Words of the event's action long enough to name it ("blockade", "dam", "cancellation"); names
 * in it ("the cyberattack on Harnland's grid") name places and actors, not the act.
 */
function actionWords(event: DraftEvent | null): RegExp | null {
  if (!event) return null
  const held = actionPatterns.get(event)
  if (held !== undefined) return held
  const words = `${event.action?.short ?? ''} ${event.action?.full ?? ''}`
    .split(/[^\p{L}-]+/u)
    .filter(
      (word) =>
        word.length >= 3 &&
        !/^\p{Lu}/u.test(word) &&
        !/^(?:the|and|its|with|from|into|over|for)$/iu.test(word),
    )
  const pattern =
    words.length > 0 ? new RegExp(`\\b(?:${words.map(escape).join('|')})\\b`, 'iu') : null
  actionPatterns.set(event, pattern)
  return pattern
}

const preposition =
  /\s+(?:in|on|of|over|against|at|for|to|with|and|but|after|while|between)\s+|[,;.:]/u
// A body or an office is the actor it is "of": "the Government of Ossery", "the leaders of the Front".
const body =
  /\b(?:government|authorities|leaders?|leadership|regime|president|prime minister|administration|army|military|forces|junta|rulers|command|commanders)\s+of\s+$/iu

/** A phrase's head: its words up to the first preposition, or through "of" after a body. */
function headOf(phrase: string): string {
  const first = preposition.exec(phrase)
  if (!first) return phrase
  const head = phrase.slice(0, first.index + first[0].length)
  if (!body.test(head)) return phrase.slice(0, first.index)
  const rest = phrase.slice(head.length)
  return head + (rest.split(preposition)[0] ?? '')
}

const shortNames = new Map<string, RegExp | null>()

/**
 * An initiator named by a description ("the Lendrian transitional authorities") is later named by
 * its common words alone ("the transitional authorities"), or by its head noun ("the court").
 */
function shortNameOf(name: string): RegExp | null {
  const held = shortNames.get(name)
  if (held !== undefined) return held
  const words = name.split(/\s+/u).filter((word) => word !== '')
  const common = words.filter((word) => !/^\p{Lu}/u.test(word) && !/^(?:the|an?|of)$/iu.test(word))
  const head = words.at(-1)?.toLowerCase() ?? ''
  const short = common.length > 0 && common.join(' ').length >= 6 ? common.join(' ') : null
  // Its head noun after "the" ("the Velsan Constitutional Court" is "the court"), unless the noun
  // names many things ("the front line", "the party").
  const noun =
    /^the\s/iu.test(name) &&
    words.length > 2 &&
    !/^(?:front|side|line|party|group|state)s?$/u.test(head)
      ? `the ${head}`
      : null
  const names = [short, noun]
    .filter((item) => item !== null)
    .map((item) => escape(item.toLowerCase()))
  const pattern = names.length > 0 ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'u') : null
  shortNames.set(name, pattern)
  return pattern
}

/**
 * What a phrase is about: the event's action when it names the initiator or one of the action's
 * words, or an act noun ("the move", "this offensive"); another actor when it names one; else
 * nothing named. Only the phrase's head counts ("Western interference in Valdoria" is about
 * interference, not Valdoria).
 */
export function targetOf(
  phrase: string,
  event: DraftEvent | null,
  find: (text: string) => Mention[],
  headOnly = true,
): Target {
  const head = headOnly ? headOf(phrase) : phrase
  const initiator = event?.initiator
  const mentions = find(head)
  const action = actionWords(event)
  const lower = head.toLowerCase()
  const namesInitiator =
    initiator &&
    (mentions.some((mention) => mention.entry.id === initiator.actorId) ||
      (initiator.name.trim() !== '' && lower.includes(initiator.name.trim().toLowerCase())) ||
      (shortNameOf(initiator.name)?.test(lower) ?? false))
  const pronoun = headOnly && /^\s*(?:it|this|that|these)\b/iu.test(head)
  // "the rocket attack on Quarnia", "the strikes by Ostmark": an act done to the initiator, or by
  // another actor, is not the initiator's act.
  const byOthers =
    headOnly && !namesInitiator && (action?.test(head) || actNouns.test(head))
      ? actOfOthers(phrase, event, find)
      : null
  if (byOthers) return byOthers
  if (namesInitiator || pronoun || action?.test(head) || actNouns.test(head))
    return { kind: 'action', words: head.trim() }
  const other = mentions[0]
  if (other) return { kind: 'other', words: head.slice(other.start, other.end) }
  return { kind: 'none', words: head.trim() }
}

/** An act's doer or its object named after it: another actor's act, or one done to the initiator. */
function actOfOthers(
  phrase: string,
  event: DraftEvent | null,
  find: (text: string) => Mention[],
): Target | null {
  const tail = /\s(on|against|by)\s+([^,;.]{1,40})/u.exec(phrase)
  const who = tail?.[2] ? find(tail[2])[0] : undefined
  if (!tail || !who || !/^\s*(?:the\s+)?\S/u.test(tail[2] ?? '')) return null
  const isInitiator = who.entry.id === event?.initiator?.actorId
  // "the attack on Quarnia", not "this assault on the rights that Quarnia's charter grants": the
  // one acted on or acting opens the phrase after the preposition.
  const opens = who.start <= 4
  const doneTo = tail[1] !== 'by' && isInitiator && opens
  const doneBy = tail[1] === 'by' && !isInitiator && opens
  return doneTo || doneBy ? { kind: 'other', words: tail[0].trim() } : null
}
