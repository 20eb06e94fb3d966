import type { StanceId } from '../vocabulary'
import type { DraftActor, Mention } from './extract-text'
import { reportingVerbsIn } from './find-reporting-verbs'
import type { VerbSense } from './reporting-verbs'

import {
  actNouns,
  allSides,
  callWords,
  condemnWords,
  criticismWords,
  supportWords,
  talkWords,
  targetOf,
  type DraftEvent,
  type Target,
} from './extract-targets'

export type { DraftEvent } from './extract-targets'

/** A stance the words suggest, and why, in words an analyst can check. */
export type Suggestion = { stance: StanceId | null; reason: string; weight: number }

const quoted = (words: string) => `“${words}”`
const days =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u

/** The stance of a call: on the initiator a halt, on all sides or on no one all sides, on another actor none. */
function callSuggestion(
  words: string,
  after: string,
  event: DraftEvent | null,
  find: (t: string) => Mention[],
): Suggestion {
  const clause =
    after.slice(0, 140).split(/[.;!?\n]|\b(?:after|while|whereas|before|when|but)\b/u)[0] ?? ''
  if (allSides.test(clause))
    return {
      stance: 'calls-on-all-sides',
      reason: `${quoted(words)} addresses all sides.`,
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
  if (target.kind === 'action' && otherParty)
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

/** The stance of an evaluation (condemns, supports, criticises) from what it is about. */
function evaluation(sense: VerbSense, words: string, target: Target): Suggestion {
  const words60 =
    target.words.length > 60 ? `${target.words.slice(0, 59).trimEnd()}…` : target.words
  const about = words60 ? ` ${quoted(words60)}` : ''
  if (target.kind === 'other')
    return {
      stance: null,
      reason: `${quoted(words)} is about${about}, not the event’s action: it takes no stance; choose one if it does.`,
      weight: 0,
    }
  if (sense === 'criticises')
    return target.kind === 'action'
      ? {
          stance: 'urges-halt',
          reason: `${quoted(words)}${about}: criticism of the action short of condemning it.`,
          weight: 2,
        }
      : {
          stance: 'calls-on-all-sides',
          reason: `${quoted(words)}${about}: concern that blames no one.`,
          weight: 2,
        }
  if (target.kind === 'none' && sense === 'supports')
    return {
      stance: null,
      reason: `${quoted(words)}${about} does not name the event’s action; choose a stance if it is about it.`,
      weight: 0,
    }
  if (target.kind === 'none')
    return {
      stance: 'condemns',
      reason: `${quoted(words)}${about}: a condemnation of what it names, no other actor; check that it is the event’s action.`,
      weight: 2,
    }
  return sense === 'condemns'
    ? {
        stance: 'condemns',
        reason: `${quoted(words)}${about}: a condemnation of the action.`,
        weight: 2,
      }
    : { stance: 'supports', reason: `${quoted(words)}${about}: support for the action.`, weight: 2 }
}

/**
 * The stance of reported words with a plain verb of saying: a call, a condemnation, criticism or
 * support inside them, read the same way as a verb that says so.
 */
export function contentSuggestion(
  words: string,
  content: string,
  event: DraftEvent | null,
  find: (text: string) => Mention[],
): Suggestion {
  const inner = reportingVerbsIn(content).find(
    (verb) => verb.sense !== 'says' && verb.sense !== 'thanks',
  )
  if (inner) return verbSuggestion(inner.sense, inner.text, content.slice(inner.end), event, find)
  const whole = targetOf(content, event, find, false)
  // The evaluation the words make first: "had the right to respond to 'provocative' drills"
  // supports; the criticism is of the drills.
  const evaluations = [
    { sense: 'condemns', pattern: condemnWords, fits: whole.kind === 'action' },
    { sense: 'criticises', pattern: criticismWords, fits: whole.kind !== 'other' },
    { sense: 'supports', pattern: supportWords, fits: whole.kind === 'action' },
  ] as const
  const first = evaluations
    .map((item) => ({ ...item, match: item.fits ? item.pattern.exec(content) : null }))
    .filter((item) => item.match !== null)
    .sort((a, b) => (a.match?.index ?? 0) - (b.match?.index ?? 0))[0]
  if (first) return evaluation(first.sense, `${words} … ${first.match?.[0] ?? ''}`, whole)
  if (callWords.test(content)) {
    const modal = callWords.exec(content)?.[0] ?? ''
    // "Both countries must agree on a filling schedule": a call on all sides, though it names the act.
    if (
      whole.kind === 'action' &&
      event?.initiator &&
      !talkWords.test(content) &&
      !allSides.test(content)
    )
      return {
        stance: 'urges-halt',
        reason: `${quoted(`${words} … ${modal}`)}: a call on ${event.initiator.name} to stop.`,
        weight: 1,
      }
    if (whole.kind !== 'other' && (talkWords.test(content) || allSides.test(content)))
      return {
        stance: 'calls-on-all-sides',
        reason: `${quoted(`${words} … ${modal}`)}: a call that singles out no one.`,
        weight: 1,
      }
  }
  if (allSides.test(content) && talkWords.test(content) && whole.kind !== 'other')
    return {
      stance: 'calls-on-all-sides',
      reason: `${quoted(`${words} … ${allSides.exec(content)?.[0] ?? ''}`)}: words to all sides that single out no one.`,
      weight: 1,
    }
  return {
    stance: null,
    reason: `${quoted(words)} reports speech but suggests no stance; choose one if the words take one.`,
    weight: 0,
  }
}

/** What a reporting verb suggests, from its sense and the words that follow it. */
export function verbSuggestion(
  sense: VerbSense,
  words: string,
  after: string,
  event: DraftEvent | null,
  find: (text: string) => Mention[],
): Suggestion {
  switch (sense) {
    case 'thanks':
      return { stance: null, reason: `${quoted(words)}: thanks take no stance.`, weight: 0 }
    case 'calls':
      return callSuggestion(words, after, event, find)
    case 'says':
      return contentSuggestion(words, after, event, find)
    default: {
      const object = after.replace(
        /^\s*(?:(?:its|his|her|their|deep|grave|serious|strong|full|profound)\s+)*(?:support|concern|regret|condemnation|dismay|alarm)?\s*(?:for|at|about|over|of|with|to|by)?\s*/iu,
        '',
      )
      return evaluation(sense, words, targetOf(object, event, find))
    }
  }
}

/** The codebook places no party to the conflict on the scale. */
export function partySuggestion(actor: DraftActor): Suggestion {
  return {
    stance: null,
    reason: `${actor.name} is a party to the event: its statements take no stance.`,
    weight: 0,
  }
}
