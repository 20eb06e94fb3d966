import type { DraftActor, Mention } from './extract-text'
import { escape } from './extract-text'
import { reportingVerbsIn, type FoundVerb } from './find-reporting-verbs'

/**
 * A relayed act: "the State Department said that Aliyev “expressed readiness” …". The codebook
 * gives the statement to the actor whose act is reported, not to the one relaying it
 * (docs/codebook.md, "What counts as one statement"). Returns that actor and its verb, at offsets
 * of the source, when a verb of saying is followed by "that", a subject naming an actor or a
 * person the source introduced, and a reporting verb of its own, quoted or not.
 */
export function relayedAct(
  after: string,
  at: number,
  find: (text: string) => Mention[],
  people: ReadonlyMap<string, DraftActor>,
): { actor: DraftActor; verb: FoundVerb } | null {
  const that = /^\s*,?\s*that\s+/u.exec(after)
  if (!that) return null
  const clause = after.slice(that[0].length, that[0].length + 160)
  const verb = reportingVerbsIn(clause)[0]
  if (!verb) return null
  const subject = clause
    .slice(0, verb.start)
    .replace(/["“”'‘’«»„]/gu, ' ')
    .trim()
  if (subject === '' || subject.split(/\s+/u).length > 6) return null
  const named = find(subject)[0]?.entry
  const person = [...people].find(([surname]) =>
    new RegExp(`(?<!\\p{L})${escape(surname)}(?!\\p{L})`, 'u').test(subject),
  )?.[1]
  const actor = named ?? person
  if (!actor) return null
  const offset = at + that[0].length
  return { actor, verb: { ...verb, start: verb.start + offset, end: verb.end + offset } }
}
