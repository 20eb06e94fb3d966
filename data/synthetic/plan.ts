import type { Actor } from '../../src/lib/schemas/actor'
import type { Event } from '../../src/lib/schemas/event'
import { stanceIds, type StanceId } from '../../src/lib/vocabulary'
import { dayNumber, isoDay } from './calendar'
import { eventKinds, groupNames, proseName, sanctioningOrganisations } from './kinds'
import { phraseBook, type PhraseBook } from './phrases'
import type { Random } from './random'
import { organisationRoles, stateRoles, syntheticMark } from './templates'

/** A generated event says who did what to whom, as the codebook's stance scale is written from it. */
export type SyntheticEvent = Event &
  Required<Pick<Event, 'initiator' | 'action' | 'parties' | 'country'>> & { synthetic: true }

const firstDay = dayNumber('2015-01-01')
const lastEventDay = dayNumber('2026-10-01')

type Voice = { speaker: string | null; office: string }
/**
 * An actor with the voices it speaks in, the stance it leans to, and the one or two states it
 * stands by. A fixed few partners keep what an actor backs across all events to a short list.
 */
export type Speaking = {
  actor: Actor
  voices: Voice[]
  leaning: StanceId
  allies: readonly string[]
}
/** An event on its first day, with its two sides and the words its statements draw on. */
export type EventPlan = {
  event: SyntheticEvent
  day: number
  /** The initiator's actor id; null for an armed group the gazetteer lacks. */
  initiatorId: string | null
  /** The state the initiator acts against. */
  targetId: string
  /** Each party as a sentence names it: "stood by the Philippines". */
  names: ReadonlyMap<string, string>
  book: PhraseBook
}

/** Where events happen and who their sides are: a few states are sides far more often. */
export type Sides = {
  states: readonly Actor[]
  organisations: readonly Actor[]
  weights: Float64Array
}

export function speakingFor(actor: Actor, sides: Sides, random: Random): Speaking {
  const roles = actor.kind === 'state' ? stateRoles : organisationRoles
  const voices: Voice[] = []
  const count = random.int(3, 7)
  for (let index = 0; index < count; index += 1) {
    const role = random.pick(roles)
    const office = `${actor.shortName} ${role.office}`
    const speaker = role.named ? `Synthetic speaker ${index + 1} (${actor.shortName})` : null
    if (!voices.some((voice) => voice.office === office && voice.speaker === speaker))
      voices.push({ speaker, office })
  }
  const allies: string[] = []
  const wanted = random.int(1, 2)
  for (let tries = 0; allies.length < wanted && tries < 10; tries += 1) {
    const ally = sides.states[random.weighted(sides.weights)]?.id
    if (ally && ally !== actor.id && !allies.includes(ally)) allies.push(ally)
  }
  return { actor, voices, leaning: random.pick(stanceIds), allies }
}

function drawState(sides: Sides, random: Random, other: string | null): Actor {
  for (;;) {
    const state = sides.states[random.weighted(sides.weights)]
    if (state && state.id !== other) return state
  }
}

export function planEvents(count: number, sides: Sides, random: Random): EventPlan[] {
  const sanctioning = sides.organisations.filter((actor) => sanctioningOrganisations.has(actor.id))
  const days = Array.from({ length: count }, () => random.int(firstDay, lastEventDay)).sort(
    (a, b) => a - b,
  )
  return days.map((day, index) => {
    const number = String(index + 1).padStart(3, '0')
    const kind = random.pick(eventKinds)
    const regionNumber = random.int(1, 40)
    const region = `region ${regionNumber}`
    const target = drawState(sides, random, null)
    const initiator =
      kind.initiator === 'group'
        ? null
        : kind.initiator === 'sanctioning' && random.chance(0.5)
          ? random.pick(sanctioning)
          : drawState(sides, random, target.id)
    const initiatorName = initiator
      ? proseName(initiator)
      : `the Region ${regionNumber} ${random.pick(groupNames)}`
    const parties = initiator ? [initiator, target] : [target]
    const id = `synthetic-event-${number}`
    const full = kind.full(region)
    return {
      day,
      initiatorId: initiator?.id ?? null,
      targetId: target.id,
      names: new Map(parties.map((actor) => [actor.id, proseName(actor)])),
      book: phraseBook(kind, { initiator: initiatorName, action: kind.action }),
      event: {
        id,
        title: `${syntheticMark} Event ${number}: ${kind.title(region)}`,
        summary: `${syntheticMark} A generated event for testing at scale; it did not happen: ${full}, by ${initiatorName} against ${proseName(target)}.`,
        start: isoDay(day),
        end: isoDay(day + random.int(0, 6)),
        // Generated events have no place, so their days and times are read in UTC.
        timeZone: 'UTC',
        initiator: { actorId: initiator?.id ?? null, name: initiatorName },
        action: { short: kind.action, full },
        parties: parties.map((actor) => actor.id),
        country: (kind.country === 'initiator' && initiator ? initiator : target).name,
        sourceIds: [`${id}-source`],
        milestones: [],
        synthetic: true,
      },
    }
  })
}

export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index)
    const item = copy[index]
    const swap = copy[other]
    if (item === undefined || swap === undefined) continue
    copy[index] = swap
    copy[other] = item
  }
  return copy
}
