import type { GazetteerEntry } from '../gazetteer/gazetteer'
import type { StanceId } from '../vocabulary'
import { escape, mentionsIn } from './extract-text'

/**
 * What the drafts need to know of the event a source is filed under: who acted, whom a call to
 * halt would name, and who the parties are, whose statements take no stance.
 */
export type DraftEvent = {
  initiator?: { actorId: string | null; name: string } | undefined
  parties?: readonly string[] | undefined
}

/** A stance the words suggest, and why, in words an analyst can check. */
export type Suggestion = { stance: StanceId | null; reason: string }

const allSides =
  /\b(both sides|the sides|all sides|the parties|conflicting parties|both parties)\b/i

/**
 * What a call says after its verb, to the end of its clause: whom it calls on, and to do what. A
 * clause joined by "after", "while" … reports another act ("called for … after the EU condemned").
 */
const clauseAfter = (after: string) =>
  after.slice(0, 80).split(/[.;!?\n]|\b(?:after|while|whereas|before|as|when|but)\b/u)[0] ?? ''

const namedIn = (clause: string, name: string) =>
  name.trim() !== '' &&
  new RegExp(`(?<![\\p{L}])${escape(name.trim())}(?![\\p{L}])`, 'iu').test(clause)

const days =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u

/**
 * The actors a clause names: by the gazetteer's names, by a person the source introduced, or, for
 * an actor the gazetteer lacks, by a proper name the call is made on ("urged Norvania to …").
 */
function actorsNamed(clause: string, people: ReadonlyMap<string, GazetteerEntry>) {
  const named: { id: string | null; words: string }[] = mentionsIn(clause).map((mention) => ({
    id: mention.entry.id,
    words: clause.slice(mention.start, mention.end),
  }))
  for (const [surname, entry] of people)
    if (namedIn(clause, surname)) named.push({ id: entry.id, words: surname })
  const proper = /^\s*(?:on |upon |for )?(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*)/u.exec(clause)
  const words = proper?.[1]
  if (named.length === 0 && words && !days.test(words)) named.push({ id: null, words })
  return named
}

/**
 * The stance a call suggests ("called on …", "urged …", "demanded …"). The codebook's scale is the
 * event's own: a call that names the event's initiator urges it to halt; one on all sides, or on no
 * one ("called for an immediate cessation of hostilities"), calls on all sides; one on some other
 * actor takes no stance. Where the source's event names no initiator, a call on a named actor is
 * left for the analyst: nothing in the words says whether that actor is the one who acted.
 */
export function callStance(
  verb: string,
  after: string,
  event: DraftEvent | null,
  people: ReadonlyMap<string, GazetteerEntry>,
): Suggestion {
  const clause = clauseAfter(after)
  if (allSides.test(clause))
    return { stance: 'calls-on-all-sides', reason: `“${verb}” addresses all sides.` }
  const initiator = event?.initiator
  const named = actorsNamed(clause, people)
  if (
    initiator &&
    (namedIn(clause, initiator.name) ||
      named.some((actor) => initiator.actorId !== null && actor.id === initiator.actorId))
  )
    return {
      stance: 'urges-halt',
      reason: `“${verb}” calls on ${initiator.name}, who set the event off, by name.`,
    }
  const other = named[0]
  if (other && initiator)
    return {
      stance: null,
      reason: `“${verb}” calls on ${other.words}, not on ${initiator.name}: a call on another actor takes no stance; choose one if the words take one.`,
    }
  if (other)
    return {
      stance: null,
      reason: `“${verb}” calls on ${other.words}, but the source’s event names no initiator, so whether this urges the initiator to halt is for you to say.`,
    }
  return {
    stance: 'calls-on-all-sides',
    reason: `“${verb}” makes a call that singles out no one.`,
  }
}
