import { callSuggestion, quoted, type Suggestion } from './extract-call'
import type { DraftActor, Mention } from './extract-text'
import { reportingVerbsIn } from './find-reporting-verbs'
import type { VerbSense } from './reporting-verbs'
import { evaluation, evaluationsIn, pressureOn, unquoted, type Reading } from './extract-evaluation'
import { allSides, callWords, talkWords, targetOf, type DraftEvent } from './extract-targets'

export type { DraftEvent } from './extract-targets'
export type { Suggestion } from './extract-call'

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
  const plain = unquoted(content)
  const inner = reportingVerbsIn(plain).filter(
    (verb) => verb.sense !== 'says' && verb.sense !== 'thanks',
  )
  // Everything the words say, each read on its own: a verb inside them ("… and rejects attempts
  // to …") up to the next one, and each evaluation.
  const readings: Reading[] = [
    ...inner.map((verb, index) => ({
      at: verb.start,
      suggestion: verbSuggestion(
        verb.sense,
        verb.text,
        plain.slice(verb.end, inner[index + 1]?.start ?? plain.length),
        event,
        find,
      ),
    })),
    ...evaluationsIn(words, content, event, find),
  ]
  const said = strongest(readings)
  if (said && said.weight > 0) return said
  // "no military solution in Semlia": the place a settlement is for is where, not whom, it asks.
  const whole = targetOf(plain.replace(settledPlace, '$1'), event, find, false)
  // "Quarnia must respect the law": what the initiator must do is asked of it, though the words
  // speak of the law.
  const must = modal.exec(plain)
  const bound = must?.[1] ?? ''
  const others = find(bound).some(
    (mention) =>
      event?.parties?.includes(mention.entry.id) && mention.entry.id !== event.initiator?.actorId,
  )
  if (
    event?.initiator &&
    bound &&
    !others &&
    !allSides.test(bound) &&
    targetOf(bound, event, find).kind === 'action'
  )
    return {
      stance: 'urges-halt',
      reason: `${quoted(`${words} … ${must?.[0].trim() ?? ''}`)}: a call on ${event.initiator.name}.`,
      weight: 1,
    }
  // "both the army and the Council must protect civilians": what both parties must do.
  if (
    event?.initiator &&
    others &&
    targetOf(bound, { initiator: event.initiator }, find, false).kind === 'action'
  )
    return {
      stance: 'calls-on-all-sides',
      reason: `${quoted(`${words} … ${must?.[0].trim() ?? ''}`)}: a call on both sides of the event.`,
      weight: 1,
    }
  if (callWords.test(plain)) {
    const modal = callWords.exec(plain)?.[0] ?? ''
    // "Both countries must agree on a filling schedule": a call on all sides, though it names the act.
    if (
      whole.kind === 'action' &&
      event?.initiator &&
      !talkWords.test(plain) &&
      !allSides.test(plain)
    )
      return {
        stance: 'urges-halt',
        reason: `${quoted(`${words} … ${modal}`)}: a call on ${event.initiator.name} to stop.`,
        weight: 1,
      }
    // "the valley must not become a battlefield": a call addressed to no one singles out no one.
    const unaddressed = /\b(?:must|should)\b/iu.test(plain) && whole.kind === 'none'
    if (whole.kind !== 'other' && (talkWords.test(plain) || allSides.test(plain) || unaddressed))
      return {
        stance: 'calls-on-all-sides',
        reason: `${quoted(`${words} … ${modal}`)}: a call that singles out no one.`,
        weight: 1,
      }
  }
  if (allSides.test(plain) && talkWords.test(plain) && whole.kind !== 'other')
    return {
      stance: 'calls-on-all-sides',
      reason: `${quoted(`${words} … ${allSides.exec(plain)?.[0] ?? ''}`)}: words to all sides that single out no one.`,
      weight: 1,
    }
  return (
    said ?? {
      stance: null,
      reason: `${quoted(words)} reports speech but suggests no stance; choose one if the words take one.`,
      weight: 0,
    }
  )
}

/**
 * What words that say several things suggest: the weightiest; of equal weight, a stance on the
 * action before concern that blames no one, then the first said. Words that single the initiator
 * out and also speak to all sides single it out (docs/codebook.md, "A call on all sides"); words
 * that criticise the action and condemn it ("disproportionate and violates international law")
 * condemn it.
 */
function strongest(readings: readonly Reading[]): Suggestion | null {
  const specific = (reading: Reading) =>
    reading.suggestion.stance !== null && reading.suggestion.stance !== 'calls-on-all-sides'
  const best = [...readings].sort(
    (a, b) =>
      b.suggestion.weight - a.suggestion.weight ||
      Number(specific(b)) - Number(specific(a)) ||
      a.at - b.at,
  )[0]?.suggestion
  const stronger = (stance: Suggestion['stance'], weight: number) =>
    readings.find(
      (reading) => reading.suggestion.stance === stance && reading.suggestion.weight >= weight,
    )?.suggestion
  if (best?.stance === 'calls-on-all-sides') return stronger('urges-halt', 0) ?? best
  if (best?.stance === 'urges-halt') return stronger('condemns', best.weight) ?? best
  return best ?? null
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
      // "offered to host talks": an offer judges nothing.
      if (/^offer/iu.test(words))
        return { stance: null, reason: `${quoted(words)}: an offer takes no stance.`, weight: 0 }
      // "warned Quarnia against escalation": a warning to someone is a call on them.
      if (/^warn/iu.test(words) && /^\s*[^,;.]{0,60}?\b(?:against|not to)\b/iu.test(after))
        return callSuggestion(words, after, event, find)
      return (
        blamesOtherParty(words, after, event, find) ?? contentSuggestion(words, after, event, find)
      )
    default: {
      // "concerned that the situation may worsen": what follows "that" is the object, not "that".
      const object = after.replace(
        /^\s*(?:(?:its|his|her|their|deep|grave|serious|strong|full|profound|firm|continued|unwavering)\s+)*(?:support|concern|regret|condemnation|dismay|alarm|opposition|understanding)?\s*(?:(?:for|at|about|over|of|with|to|by|that)\b)?\s*/iu,
        '',
      )
      // "rejected a rush to blame Ardenia": criticism of pressure on the initiator takes its part.
      const defends = sense === 'supports' ? null : pressureOn(unquoted(object), event, find)
      if (defends) return evaluation('supports', words, defends)
      const target = targetOf(object, event, find)
      // "welcomed the decision to lift the blockade": welcoming the act's undoing backs no act.
      if (sense === 'supports' && undoing.test(object))
        return {
          stance: null,
          reason: `${quoted(words)} ${quoted(undoing.exec(object)?.[0] ?? '')}: welcoming an act undone takes no stance.`,
          weight: 0,
        }
      // "does not recognise the new border" criticises only the action; of anything else, it
      // says nothing of the stance.
      const declined = /\b(?:not|never|cannot)\b|n['’]t\b|^refus/iu.test(words)
      const read = evaluation(
        declined && target.kind !== 'action' ? 'supports' : sense,
        words,
        target,
      )
      // "cannot accept the annexation, which runs counter to international law": criticism that
      // goes on to condemn condemns.
      const condemned = evaluationsIn(words, after, event, find).find(
        (reading) => reading.suggestion.stance === 'condemns',
      )
      return read.stance === 'urges-halt' && condemned ? condemned.suggestion : read
    }
  }
}

const settledPlace =
  /\b(solutions?|settlement|resolution|answer|option)\s+(?:in|to|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu
const modal =
  /(?:^|[,;]\s*|\bthat\s+)(?!that\b)([^,;.]{1,60}?)\s+(?:must|should|needs? to|has to|have to|ought to)\b/iu
const undoing =
  /\b(?:decision|move|step|announcement|plan|agreement|commitment|readiness|willingness)\s+(?:by\s+\S+\s+)?to\s+(?:lift|reverse|reopen|release|ease|rescind|revoke|review|reconsider|revisit)\b/iu

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
