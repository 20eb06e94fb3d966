import type { StanceId } from '../vocabulary'
import type { Mention } from './extract-text'
import { actNouns, allSides, targetOf, type DraftEvent, type Target } from './extract-targets'

/** A stance the words suggest, and why, in words an analyst can check. */
export type Suggestion = { stance: StanceId | null; reason: string; weight: number }

export const quoted = (words: string) => `“${words}”`
const days =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u

const consular =
  /^\s*(?:on\s+|upon\s+)?(?:(?:its|their|our|his|her)\s+(?:own\s+)?(?:citizens|nationals|residents|travell?ers|diplomats|staff|dependants)|against\s+(?:all\s+|non-essential\s+|any\s+)*travel)\b/iu
const undoNouns =
  /^\s*(?:for\s+|that\s+)?(?:(?:the|an?|its|their|his|her|immediate|immediately|unconditional|prompt|swift|full|complete|urgent|and)\s+)*(?:release|withdrawal|reversal|lifting|repeal|revocation|reopening|restoration|reinstatement)\b/iu
// The call's first "to" gives what is asked: "on the authorities to lift it now".
const undoVerbs =
  /^[^,;:]*?\bto\s+(?:(?:immediately|urgently|promptly|quickly|swiftly|fully)\s+)?(?:lift|reverse|rescind|revoke|repeal|withdraw|release|reopen|restore|reinstate|reconsider|undo|free)\b/iu

// "for an end to the blockade", "for the blockade to be lifted": the act's end, asked of no one.
const endOf =
  /^\s*(?:for\s+)?(?:(?:an?|the|its|immediate|immediately|swift|prompt|urgent)\s+)*(?:end|halt|stop|cessation|lifting|reversal|withdrawal)\s+(?:to|of)\s+([^,;:]{1,60})/iu
const ended =
  /^\s*for\s+([^,;:]{1,60}?)\s+to\s+(?:be\s+)?(?:lifted|ended|reversed|stopped|halted|withdrawn|rescinded|revoked|repealed|end|stop|cease)\b/iu

const personFreed =
  /^\s*(?:for\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s\s+(?:(?:immediate|unconditional|prompt|swift|safe|and)\s+)*(?:release|freedom)\b/u
const personToBeFreed =
  /^\s*that\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})\s+(?:be|is|was)\s+(?:(?:immediately|unconditionally|promptly)\s+)?(?:freed|released|set free)\b/u
/** A call whose object is to undo an act: a release, a withdrawal, lifting or reversing it. */
const undoes = (clause: string) => undoNouns.test(clause) || undoVerbs.test(clause)

/** The stance of a call: on the initiator a halt, on all sides or on no one all sides, on another actor none. */
export function callSuggestion(
  words: string,
  after: string,
  event: DraftEvent | null,
  find: (t: string) => Mention[],
): Suggestion {
  const clause =
    after.slice(0, 140).split(/[.;!?\n]|\b(?:after|while|whereas|before|when|but)\b/u)[0] ?? ''
  // "urged its citizens to leave": advice to one's own people, a consular note, takes no stance.
  if (consular.test(clause))
    return {
      stance: null,
      reason: `${quoted(words)} advises the speaker’s own people: a consular note takes no stance.`,
      weight: 0,
    }
  if (allSides.test(clause))
    return {
      stance: 'calls-on-all-sides',
      reason: `${quoted(words)} addresses all sides.`,
      weight: 1,
    }
  // A call for the action's end is a call on its initiator, whoever it names.
  const what = endOf.exec(clause)?.[1] ?? ended.exec(clause)?.[1]
  if (what && event?.initiator && targetOf(what, event, find).kind === 'action')
    return {
      stance: 'urges-halt',
      reason: `${quoted(words)} calls for an end to ${quoted(what.trim())}, the act of ${event.initiator.name}.`,
      weight: 1,
    }
  const addressee =
    /^\s*(?:on |upon |to |that |with )?((?:the |an? )?[^,;:]{0,60})/u.exec(clause)?.[1] ?? ''
  const found = targetOf(addressee, event, find)
  // An actor the gazetteer lacks is still named by a proper name the call is made on.
  const proper = /^(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/u.exec(addressee)?.[1]
  const target: Target =
    found.kind === 'none' && proper && !days.test(proper) && !/^for\b/u.test(clause.trim())
      ? { kind: 'other', words: proper }
      : found
  const initiator = event?.initiator?.name
  // "called on Zarovia and Kettland alike": a call on the initiator and another party is on all sides.
  const otherParty = find(addressee).some(
    (mention) =>
      event?.parties?.includes(mention.entry.id) && mention.entry.id !== event.initiator?.actorId,
  )
  // "the authorities of Serrat and of Hollin": the whole addressee, up to what it is asked to do.
  const named = addressee.split(/\s+to\s+/u)[0] ?? ''
  const initiatorToo =
    event?.initiator !== undefined &&
    targetOf(named, { initiator: event.initiator }, find, false).kind === 'action'
  if ((target.kind === 'action' || initiatorToo) && otherParty)
    return {
      stance: 'calls-on-all-sides',
      reason: `${quoted(words)} calls on both sides of the event.`,
      weight: 1,
    }
  // "called for the rebels' immediate withdrawal": a call for the initiator to do something.
  const forInitiator =
    /^\s*for\b/u.test(clause) &&
    event?.initiator !== undefined &&
    targetOf(clause.replace(/^\s*for\s+/u, ''), { initiator: event.initiator }, find).kind ===
      'action' &&
    !actNouns.test(clause)
  if (forInitiator && initiator)
    return {
      stance: 'urges-halt',
      reason: `${quoted(words)} calls for ${initiator}, who set the event off, to act.`,
      weight: 1,
    }
  if (target.kind === 'action' && initiator && !/^\s*for\b/u.test(clause))
    return {
      stance: 'urges-halt',
      reason: `${quoted(words)} calls on ${initiator}, who set the event off.`,
      weight: 1,
    }
  // "urge the authorities to lift it", "urges their immediate release": a call to undo what was
  // done, made on no one by name, is made on whoever did it.
  if (target.kind === 'none' && initiator && undoes(clause))
    return {
      stance: 'urges-halt',
      reason: `${quoted(words)} calls for what was done to be undone, which only ${initiator}, who set the event off, can do.`,
      weight: 1,
    }
  // "demanded Reyl's release": freeing a person no gazetteer lists is asked of whoever holds them.
  const held = personFreed.exec(clause)?.[1] ?? personToBeFreed.exec(clause)?.[1]
  if (held && initiator && find(held).length === 0)
    return {
      stance: 'urges-halt',
      reason: `${quoted(words)} asks for ${held}’s release, which only ${initiator}, who set the event off, can grant.`,
      weight: 1,
    }
  if (target.kind === 'other' && !/^\s*for\b/u.test(clause))
    return initiator
      ? {
          stance: null,
          reason: `${quoted(words)} calls on ${target.words}, not on ${initiator}: a call on another actor takes no stance; choose one if the words take one.`,
          weight: 0,
        }
      : {
          stance: null,
          reason: `${quoted(words)} calls on ${target.words}, but the source’s event names no initiator, so whether this urges the initiator to halt is for you to say.`,
          weight: 0,
        }
  return {
    stance: 'calls-on-all-sides',
    reason: `${quoted(words)} makes a call that singles out no one.`,
    weight: 1,
  }
}
