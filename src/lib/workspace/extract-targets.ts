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
  /\b(?:both sides|the sides|all sides|all parties|the parties|conflicting parties|both parties|both countries|both governments|the two (?:sides|countries|governments)|everyone|all concerned|the international community|all actors)\b/iu
/** Nouns for what an initiator does: an act named so is the event's action. */
export const actNouns =
  /\b(?:operation|offensive|attack|attacks|assault|strikes?|shelling|bombing|bombardment|incursion|invasion|annexation|blockade|coup|seizure|move|decision|step|action|actions|closure|takeover|occupation|campaign|project|plan|measures?|policy|decree|deployment)\b/iu
export const condemnWords =
  /\b(?:condemn\w*|aggression|illegal|unlawful|(?:clear |flagrant |gross )?(?:breach|violation)s? of|war crimes?|invasion)\b/iu
export const criticismWords =
  /\b(?:unacceptable|regrettable|deplorable|setback|worrying|alarming|dangerous|reckless|provocati\w+|irresponsible|disproportionate|mistake|unjustified|destabili[sz]ing|deeply concerned|concern\w*|regret\w*|deplor\w+|criticis\w+|criticiz\w+)\b/iu
export const supportWords =
  /\b(?:legitimate|rightful|justified|(?:every|the|a|its|sovereign) right (?:of [\p{L}’' ]{1,40}? )?to|within (?:its|their|his|her) (?:rights?|powers?|competence)|entitled to|courage|welcome step|support\w*|stand(?:s)? (?:with|by)|solidarity with|praise\w*)\b/iu
export const callWords =
  /\b(?:must|should|needs? to|(?:urgent )?need for|hop(?:e|es|ed|ing) for|has to|have to|urge\w*|call(?:s|ed)? (?:on|for|upon)|appeal\w* (?:to|for)|demand\w*|stop|halt|cease|withdraw|pull (?:\w+ )*back|reverse|refrain|end (?:the|this|its))\b/iu
export const talkWords =
  /\b(?:negotiat\w*|dialogue|talks|talking|restraint|calm|peace\w*|ceasefire|cease-fire|de-?escalat\w*|humanitarian law)\b/iu

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
  const head = headOnly
    ? (phrase.split(
        /\s+(?:in|on|of|over|against|at|for|to|with|and|but|after|while|between)\s+|[,;.:]/u,
      )[0] ?? '')
    : phrase
  const initiator = event?.initiator
  const mentions = find(head)
  const action = actionWords(event)
  const namesInitiator =
    initiator &&
    (mentions.some((mention) => mention.entry.id === initiator.actorId) ||
      (initiator.name.trim() !== '' &&
        head.toLowerCase().includes(initiator.name.trim().toLowerCase())))
  const pronoun = headOnly && /^\s*(?:it|this|that|these)\b/iu.test(head)
  if (namesInitiator || pronoun || action?.test(head) || actNouns.test(head))
    return { kind: 'action', words: head.trim() }
  const other = mentions[0]
  if (other) return { kind: 'other', words: head.slice(other.start, other.end) }
  return { kind: 'none', words: head.trim() }
}
