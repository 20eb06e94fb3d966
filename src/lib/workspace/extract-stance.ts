import { callSuggestion, quoted, type Suggestion } from './extract-call'
import type { DraftActor, Mention } from './extract-text'
import { reportingVerbsIn } from './find-reporting-verbs'
import type { VerbSense } from './reporting-verbs'
import {
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
export type { Suggestion } from './extract-call'

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
  const whole = targetOf(content, event, find, false)
  const inner = reportingVerbsIn(content).find(
    (verb) => verb.sense !== 'says' && verb.sense !== 'thanks',
  )
  // An evaluation the words make before their first verb comes first ("respects the right of
  // Pezzaro to decide …, and rejects attempts …").
  const sooner = whole.kind === 'action' ? (supportWords.exec(content)?.index ?? -1) : -1
  if (inner && !(sooner >= 0 && sooner < inner.start))
    return verbSuggestion(inner.sense, inner.text, content.slice(inner.end), event, find)
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
    // "the valley must not become a battlefield": a call addressed to no one singles out no one.
    const unaddressed = /\b(?:must|should)\b/iu.test(content) && whole.kind === 'none'
    if (
      whole.kind !== 'other' &&
      (talkWords.test(content) || allSides.test(content) || unaddressed)
    )
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
      return (
        blamesOtherParty(words, after, event, find) ?? contentSuggestion(words, after, event, find)
      )
    default: {
      const object = after.replace(
        /^\s*(?:(?:its|his|her|their|deep|grave|serious|strong|full|profound|firm|continued|unwavering)\s+)*(?:support|concern|regret|condemnation|dismay|alarm|opposition)?\s*(?:for|at|about|over|of|with|to|by)?\s*/iu,
        '',
      )
      return evaluation(sense, words, targetOf(object, event, find))
    }
  }
}

/**
 * "accused Ildria of provoking the crisis": blaming the side the action was taken against takes
 * the initiator's part.
 */
function blamesOtherParty(
  words: string,
  after: string,
  event: DraftEvent | null,
  find: (text: string) => Mention[],
): Suggestion | null {
  if (!/^(?:accus|blam)/iu.test(words)) return null
  const blamed = find(/^\s*(?:the\s+)?[^,;.]{0,40}/u.exec(after)?.[0] ?? '')[0]?.entry
  const other =
    blamed && event?.parties?.includes(blamed.id) && blamed.id !== event.initiator?.actorId
  return other
    ? {
        stance: 'supports',
        reason: `${quoted(words)} ${blamed.name}, the side the action was taken against.`,
        weight: 2,
      }
    : null
}

/** The codebook places no party to the conflict on the scale. */
export function partySuggestion(actor: DraftActor): Suggestion {
  return {
    stance: null,
    reason: `${actor.name} is a party to the event: its statements take no stance.`,
    weight: 0,
  }
}
