import { quoted, type Suggestion } from './extract-call'
import type { Mention } from './extract-text'
import {
  condemnWords,
  criticismWords,
  supportWords,
  targetOf,
  type DraftEvent,
  type Target,
} from './extract-targets'

/** An evaluation's sense: condemns, criticises or supports what it is about. */
export type EvaluationSense = 'condemns' | 'supports' | 'criticises'

/** The stance of an evaluation (condemns, supports, criticises) from what it is about. */
export function evaluation(sense: EvaluationSense, words: string, target: Target): Suggestion {
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
 * Reported words as read for what they evaluate: quotation marks take nothing from the words
 * inside them (“had every right ‘to enforce …’”, “« a grave violation » of”). An apostrophe inside
 * a word stays.
 */
export const unquoted = (text: string) =>
  text
    .replace(/["“”„«»‹›]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()

/** Something the words say, where they say it, and the stance it suggests. */
export type Reading = { at: number; suggestion: Suggestion }

// "is not justified", "cannot accept", "don't support": a negated word says its opposite.
const negation = /(?:\b(?:not|never|no|cannot|nor)|n['’]t)\s+(?:[\p{L}-]+\s+){0,2}$/iu
// "X is unacceptable", "X was a grave violation of": what the word is said of is the subject.
const copula =
  /\b(?:is|are|was|were|been|be|remains?|remained)\s+(?:(?:not|also|both|simply|clearly|plainly|entirely|wholly|completely|totally|utterly|highly|very|so|an?|the)\s+)*$/iu
// A feeling is the speaker's, not a property of the subject ("it was deeply concerned").
const feeling =
  /^(?:deeply concerned|concern(?:s|ed)?|regret(?:s|ted|ting)?|deplor(?:e|es|ed|ing)|critici[sz]\w*)$/iu

/** The subject an evaluation is predicated of in its clause, or null where it is not. */
function subjectOf(before: string): string | null {
  const clause =
    before.split(/[.;:!?]|\b(?:that|and|but|while|whereas|because|although)\b/iu).at(-1) ?? ''
  const verb = copula.exec(clause)
  const subject = verb ? clause.slice(0, verb.index).trim() : ''
  return subject === '' ? null : subject
}

const own = /\b(?:its|their|his|her|our|strong|sharp|harsh|open|public)\s+$/iu
// What others do to the initiator: pressure, attempts, accusations, a rush to blame.
const pressure =
  /^(?:what\s+(?:\p{L}+\s+)?(?:called|calls|described as|termed)\s+)?(?:the\s+|an?\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:attempts?|pressure|interference|meddling|criticism|accusations?|allegations?|threats?|sanctions|demands|lectures?|rush)\b/iu

/**
 * "Attempts by Western capitals to lecture Ossery", "a rush to blame Ardenia": pressure on the
 * initiator, whose criticism takes the initiator's part. The initiator's target, or null.
 */
export function pressureOn(
  phrase: string,
  event: DraftEvent | null,
  find: (text: string) => Mention[],
): Target | null {
  if (!pressure.test(phrase)) return null
  const target = targetOf(phrase, event, find, false)
  if (target.kind === 'action') return target
  // "rejects outside pressure on a friendly country": pressure from abroad on no one named is on
  // the one the reactions press, the initiator.
  return target.kind === 'none' &&
    event?.initiator &&
    /\b(?:outside|foreign|external)\s+(?:pressure|interference|meddling)\b/iu.test(phrase)
    ? { kind: 'action', words: phrase.trim() }
    : null
}

/**
 * What a feeling is about: the words after it ("concerned by the strikes"), not the rest of the
 * sentence ("following events with great concern, … in Ulvania"); nothing named blames no one.
 */
function feltAbout(after: string, event: DraftEvent | null, find: (text: string) => Mention[]) {
  const object = /^\s*(?:about|at|over|by|with|for|that|regarding)\s+([^,;.]*)/iu.exec(after)?.[1]
  return object ? targetOf(object, event, find) : ({ kind: 'none', words: '' } as const)
}

// Every occurrence counts, so each list is searched as a global pattern, compiled once.
const kinds = [
  { sense: 'condemns', pattern: new RegExp(condemnWords.source, 'giu') },
  { sense: 'criticises', pattern: new RegExp(criticismWords.source, 'giu') },
  { sense: 'supports', pattern: new RegExp(supportWords.source, 'giu') },
] as const

/**
 * Every evaluation in reported words: a condemnation, criticism or support, each of what it is
 * said of (the clause's subject for "X is unacceptable", else all the words). A negated support
 * ("is not self-defence", "does not accept") criticises; a negated condemnation says nothing.
 */
export function evaluationsIn(
  words: string,
  content: string,
  event: DraftEvent | null,
  find: (text: string) => Mention[],
): Reading[] {
  const plain = unquoted(content)
  // What all the words are about, found only when an evaluation needs it.
  let whole: Target | null = null
  const readings: Reading[] = []
  for (const { sense, pattern } of kinds)
    for (const match of plain.matchAll(pattern)) {
      const before = plain.slice(0, match.index)
      // "Western criticism of the court": others' criticism, not the speaker's.
      if (/^criticism$/iu.test(match[0]) && before.trim() !== '' && !own.test(before)) continue
      // "interference in Velsa's affairs", even "had no business interfering in" them, is
      // criticism of others, on the initiator's side.
      const meddling = /^(?:interfer|meddl)/iu.test(match[0])
        ? pressureOn(
            `interference ${/^[^,;.]*/u.exec(plain.slice(match.index + match[0].length))?.[0] ?? ''}`,
            // Interference in the initiator's affairs, not in what its act touched.
            event?.initiator ? { initiator: event.initiator } : null,
            find,
          )
        : null
      const negated = !meddling && negation.test(before)
      if (negated && sense !== 'supports') continue
      const felt = feeling.test(match[0])
      const subject = felt ? null : subjectOf(before)
      const target = felt
        ? feltAbout(plain.slice(match.index + match[0].length), event, find)
        : subject
          ? targetOf(subject, event, find)
          : (whole ??= targetOf(plain, event, find, false))
      // "Attempts to lecture Ossery … are unacceptable": criticism of pressure on the initiator
      // takes its part.
      const defends =
        sense !== 'supports' && target.kind !== 'action' && subject !== null
          ? pressureOn(subject, event, find)
          : meddling
      const read = negated ? 'criticises' : defends ? 'supports' : sense
      const aim = defends ?? target
      const fits = read === 'criticises' ? aim.kind !== 'other' : aim.kind === 'action'
      if (!fits || (negated && aim.kind !== 'action')) continue
      const said = negated ? `${/\S+\s+\S+\s*$/u.exec(before)?.[0] ?? ''}${match[0]}` : match[0]
      readings.push({ at: match.index, suggestion: evaluation(read, `${words} … ${said}`, aim) })
    }
  return readings
}
