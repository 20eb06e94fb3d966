import type { Position } from '../../src/lib/schemas/statement'
import { channels, stanceIds, type StanceId } from '../../src/lib/vocabulary'
import { dayNumber, isoDay, onDay, writtenDay } from './calendar'
import type { Reaction } from './phrases'
import type { EventPlan, Speaking } from './plan'
import { cumulativeWeights, type Random } from './random'
import type { DatePrecision, StatementDraft } from './record'

const lastDay = dayNumber('2026-11-27')
const channelWeights = cumulativeWeights([2, 3, 6, 3, 4, 2, 1])
const partsOfDay = ['morning', 'afternoon', 'evening'] as const
const quarters = ['00', '15', '30', '45'] as const

/**
 * How the speaker reacts. The event's own sides carry no stance; a third party mostly takes the
 * side of a partner that is one of them, otherwise the stance it leans to, now and then another.
 */
function reactionOf(who: Speaking, plan: EventPlan, random: Random): Reaction {
  const id = who.actor.id
  if (id === plan.initiatorId) return 'initiator'
  if (id === plan.targetId) return 'target'
  const roll = random.next()
  if (roll >= 0.85) return 'none'
  if (roll >= 0.6) return random.pick(stanceIds)
  if (plan.initiatorId && who.allies.includes(plan.initiatorId)) return 'supports'
  if (who.allies.includes(plan.targetId)) return random.chance(0.5) ? 'condemns' : 'urges-halt'
  return who.leaning
}

/** The side a third party backs: a partner of its own that the reaction is on the side of. */
function backedParty(who: Speaking, plan: EventPlan, reaction: Reaction): string | null {
  const initiator = plan.initiatorId
  const forInitiator = reaction === 'supports' || reaction === 'none'
  const forTarget = reaction === 'urges-halt' || reaction === 'condemns' || reaction === 'none'
  if (forInitiator && initiator && who.allies.includes(initiator)) return initiator
  if (forTarget && who.allies.includes(plan.targetId)) return plan.targetId
  return null
}

type Drawn = { positions: Position[]; phrases: string[] }

/** The positions a statement takes, each on another dimension, each with its words. */
function positionsOf(who: Speaking, plan: EventPlan, reaction: Reaction, random: Random): Drawn {
  const drawn: Drawn = { positions: [], phrases: [] }
  const options = plan.book.positions[reaction]
  const roll = random.next()
  if (roll < 0.2 || options.length === 0) return drawn
  const first = random.int(0, options.length - 1)
  // The second is drawn from the others, so no dimension is taken twice or taken and opposed.
  const second =
    roll >= 0.68 && options.length > 1
      ? (first + random.int(1, options.length - 1)) % options.length
      : null
  for (const index of second === null ? [first] : [first, second]) {
    const words = options[index]
    if (!words) continue
    const party = words.dimension === 'backs-party' ? backedParty(who, plan, reaction) : null
    // None of the speaker's partners is a side here: it backs no one.
    if (words.dimension === 'backs-party' && !party) continue
    const phrase = random.pick(words.phrases)
    const said = party ? `${phrase} ${plan.names.get(party) ?? party}` : phrase
    const position = { dimension: words.dimension, value: words.value, party }
    // Words on condemnation refer back to the action ("called it unacceptable"): they come
    // first, right after the clause that names it.
    if (words.dimension === 'condemnation') {
      drawn.positions.unshift(position)
      drawn.phrases.unshift(said)
    } else {
      drawn.positions.push(position)
      drawn.phrases.push(said)
    }
  }
  return drawn
}

/** When the statement was made, and the words that date it in its passage, if any. */
function dateOf(plan: EventPlan, random: Random) {
  // Reactions come in a burst in the days after the event, with a long tail.
  const delay = random.chance(0.1)
    ? random.int(0, 180)
    : Math.min(45, Math.floor(-Math.log(1 - random.next()) * 2.5))
  const day = Math.min(lastDay, plan.day + delay)
  const roll = random.next()
  const precision: DatePrecision =
    roll < 0.6 ? 'day' : roll < 0.7 ? 'time' : roll < 0.8 ? 'part-of-day' : 'range'
  if (precision === 'range') {
    // A range always spans days: a statement with no day given never reads as one day.
    const span = random.int(1, 4)
    const earliest = Math.min(day, lastDay - span)
    return {
      precision,
      earliest: isoDay(earliest),
      latest: isoDay(earliest + span),
      time: null,
      dated: null,
    }
  }
  const earliest = isoDay(day)
  if (precision === 'day')
    return { precision, earliest, latest: earliest, time: null, dated: onDay(earliest) }
  if (precision === 'part-of-day') {
    const dated = `on the ${random.pick(partsOfDay)} of ${writtenDay(earliest)}`
    return { precision, earliest, latest: earliest, time: null, dated }
  }
  const time = `${String(random.int(6, 22)).padStart(2, '0')}:${random.pick(quarters)}`
  return {
    precision,
    earliest,
    latest: earliest,
    time,
    dated: `at ${time} UTC on ${writtenDay(earliest)}`,
  }
}

/** One statement of an actor about an event: what it says, when, through which channel. */
export function draftStatement(id: string, who: Speaking, plan: EventPlan, random: Random) {
  const voice = random.pick(who.voices)
  const reaction = reactionOf(who, plan, random)
  const stance: StanceId | null =
    reaction === 'none' || reaction === 'initiator' || reaction === 'target' ? null : reaction
  const { positions, phrases } = positionsOf(who, plan, reaction, random)
  const date = dateOf(plan, random)
  const initiator = plan.initiatorId
  return {
    id,
    actorId: who.actor.id,
    speaker: voice.speaker,
    office: voice.office,
    channel: channels[random.weighted(channelWeights)] ?? 'unspecified',
    stance,
    positions,
    // Whom it calls on: the initiator it urges to halt, or all sides.
    addressees:
      stance === 'urges-halt' && initiator
        ? [initiator]
        : stance === 'calls-on-all-sides'
          ? ['all-sides']
          : [],
    precision: date.precision,
    earliest: date.earliest,
    latest: date.latest,
    time: date.time,
    dated: date.dated,
    byParty: reaction === 'initiator' || reaction === 'target',
    stancePhrase: random.pick(plan.book.says[reaction]),
    dimensionPhrases: phrases,
    quote: random.chance(0.4) ? random.pick(plan.book.quotes[reaction]) : null,
  } satisfies StatementDraft
}
