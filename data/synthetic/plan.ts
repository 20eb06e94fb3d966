import type { Actor } from '../../src/lib/schemas/actor'
import type { Event } from '../../src/lib/schemas/event'
import { stanceIds, type StanceId } from '../../src/lib/vocabulary'
import { dayNumber, isoDay } from './calendar'
import type { Random } from './random'
import { eventKinds, organisationRoles, stateRoles, syntheticMark } from './templates'

export type SyntheticEvent = Event & { synthetic: true }

const firstDay = dayNumber('2015-01-01')
const lastEventDay = dayNumber('2026-10-01')

type Voice = { speaker: string | null; office: string }
/** An actor with the voices it speaks in and the stance it leans to. */
export type Speaking = { actor: Actor; voices: Voice[]; leaning: StanceId }
/** An event and the two states that are its parties, on its first day. */
export type EventPlan = { event: SyntheticEvent; day: number; parties: [string, string] }

export function speakingFor(actor: Actor, random: Random): Speaking {
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
  return { actor, voices, leaning: random.pick(stanceIds) }
}

export function planEvents(count: number, states: readonly Actor[], random: Random): EventPlan[] {
  const days = Array.from({ length: count }, () => random.int(firstDay, lastEventDay)).sort(
    (a, b) => a - b,
  )
  return days.map((day, index) => {
    const number = String(index + 1).padStart(3, '0')
    const kind = random.pick(eventKinds)
    const id = `synthetic-event-${number}`
    const start = isoDay(day)
    const first = random.pick(states).id
    let second = random.pick(states).id
    while (second === first) second = random.pick(states).id
    return {
      day,
      parties: [first, second],
      event: {
        id,
        title: `${syntheticMark} Event ${number}: a ${kind} in region ${random.int(1, 40)}`,
        summary: `${syntheticMark} A generated event for testing at scale; it did not happen.`,
        start,
        end: isoDay(day + random.int(0, 6)),
        // Generated events have no place, so their days and times are read in UTC.
        timeZone: 'UTC',
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
