import { gazetteer, gazetteerActor } from '../../src/lib/gazetteer/gazetteer'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import type { Actor } from '../../src/lib/schemas/actor'
import {
  dimensionIds,
  stanceIds,
  type DimensionId,
  type StanceId,
} from '../../src/lib/vocabulary'
import type { Event } from '../../src/lib/schemas/event'
import type { Source } from '../../src/lib/schemas/source'
import type { StanceSummary } from '../../src/lib/schemas/stance-summary'
import type { Position } from '../../src/lib/schemas/statement'
import { channels } from '../../src/lib/vocabulary'
import { codebookVersion } from '../codebook'
import { dayNumber, isoDay } from './calendar'
import { cumulativeWeights, createRandom, type Random } from './random'
import {
  composePassage,
  syntheticStatement,
  type DatePrecision,
  type StatementDraft,
  type SyntheticStatement,
} from './record'
import {
  dimensionPhrases,
  eventKinds,
  organisationRoles,
  quotePhrases,
  stancePhrases,
  stateRoles,
  syntheticLabel,
  syntheticMark,
} from './templates'

export type SyntheticEvent = Event & { synthetic: true }
export type SyntheticSource = Source & { synthetic: true }
export type SyntheticMeta = {
  label: typeof syntheticLabel
  synthetic: true
  seed: number
  size: number
  version: string
  updatedAt: string
  codebookVersion: string
}
export type SyntheticDataset = {
  meta: SyntheticMeta
  events: SyntheticEvent[]
  sources: SyntheticSource[]
  actors: Actor[]
  statements: SyntheticStatement[]
  stances: StanceSummary[]
}
export type SyntheticOptions = { seed?: number; size?: number; events?: number }

const firstDay = dayNumber('2015-01-01')
const lastEventDay = dayNumber('2026-10-01')
const lastDay = dayNumber('2026-11-27')
const channelWeights = cumulativeWeights([2, 3, 6, 3, 4, 2, 1])
const partsOfDay = ['Morning', 'Afternoon', 'Evening'] as const

type Voice = { speaker: string | null; office: string }
type Speaking = { actor: Actor; voices: Voice[]; leaning: StanceId }
type EventPlan = { event: SyntheticEvent; day: number; parties: [string, string] }

/**
 * A seeded corpus for testing at scale: the same seed and size give the same records. Actors are
 * the gazetteer's; everything said is generated from templates and marked synthetic.
 */
export function generateSyntheticDataset(options: SyntheticOptions = {}): SyntheticDataset {
  const { seed = 1, size = 100_000, events: eventCount = 250 } = options
  const random = createRandom(seed)
  const actors = gazetteer.map((entry, index) => gazetteerActor(entry, index + 1))
  const speaking = actors.map((actor) => speakingFor(actor, random))
  // A few actors speak often: activity falls off with a shuffled rank (Zipf).
  const ranks = shuffled(
    actors.map((_, index) => index + 1),
    random,
  )
  const actorWeights = cumulativeWeights(ranks.map((rank) => 1 / rank))
  const states = actors.filter((actor) => actor.kind === 'state')
  const plans = planEvents(eventCount, states, random)
  // Some events draw far more reactions than others.
  const eventWeights = cumulativeWeights(plans.map(() => Math.exp(random.next() * 4)))

  const drafts: StatementDraft[][] = plans.map(() => [])
  for (let index = 0; index < size; index += 1) {
    const eventIndex = random.weighted(eventWeights)
    const plan = plans[eventIndex]
    const who = speaking[random.weighted(actorWeights)]
    if (!plan || !who) continue
    drafts[eventIndex]?.push(draftStatement(`synthetic-${index}`, who, plan, random))
  }

  const sources: SyntheticSource[] = []
  const statements: SyntheticStatement[] = []
  plans.forEach((plan, eventIndex) => {
    const header = `${plan.event.title}. Generated for testing at scale; not a real report.`
    const parts = [header]
    let offset = header.length
    for (const draft of drafts[eventIndex] ?? []) {
      const passage = composePassage(draft)
      offset += 2
      statements.push(syntheticStatement(draft, plan.event.sourceIds[0] ?? '', offset, passage))
      parts.push(passage.text)
      offset += passage.text.length
    }
    const text = parts.join('\n\n')
    sources.push(sourceFor(plan, text))
    plan.event.milestones.push({
      id: `${plan.event.id}-start`,
      label: 'Synthetic event begins',
      date: plan.event.start,
      time: null,
      asWritten: plan.event.start,
      passage: { start: 0, end: header.length, text: header },
    })
  })

  const byActor = new Map<string, SyntheticStatement[]>()
  for (const statement of statements) {
    const own = byActor.get(statement.actorId) ?? []
    own.push(statement)
    byActor.set(statement.actorId, own)
  }
  return {
    meta: {
      label: syntheticLabel,
      synthetic: true,
      seed,
      size,
      version: `synthetic-${seed}-${size}`,
      updatedAt: '2026-11-27',
      codebookVersion,
    },
    events: plans.map((plan) => plan.event),
    sources,
    actors,
    statements,
    stances: actors.map((actor) => deriveStanceSummary(actor, byActor.get(actor.id) ?? [])),
  }
}

function speakingFor(actor: Actor, random: Random): Speaking {
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

function planEvents(count: number, states: readonly Actor[], random: Random): EventPlan[] {
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

function draftStatement(id: string, who: Speaking, plan: EventPlan, random: Random) {
  const voice = random.pick(who.voices)
  const roll = random.next()
  const stance: StanceId | null =
    roll < 0.6 ? who.leaning : roll < 0.85 ? random.pick(stanceIds) : null
  const first = random.chance(0.8) ? random.pick(dimensionIds) : null
  const second = first && random.chance(0.4) ? random.pick(dimensionIds) : null
  const dimensions: DimensionId[] = !first
    ? []
    : second && second !== first
      ? [first, second]
      : [first]
  const positions: Position[] = dimensions.map((dimension) => ({
    dimension,
    value: random.chance(0.05) ? 'opposes' : 'takes',
    party: dimension === 'backs-party' ? random.pick(plan.parties) : null,
  }))
  // Reactions come in a burst in the days after the event, with a long tail.
  const delay = random.chance(0.1)
    ? random.int(0, 180)
    : Math.min(45, Math.floor(-Math.log(1 - random.next()) * 2.5))
  const day = Math.min(lastDay, plan.day + delay)
  const precisionRoll = random.next()
  const precision: DatePrecision =
    precisionRoll < 0.6
      ? 'day'
      : precisionRoll < 0.7
        ? 'time'
        : precisionRoll < 0.8
          ? 'part-of-day'
          : 'range'
  const addresseeRoll = random.next()
  return {
    id,
    actorId: who.actor.id,
    speaker: voice.speaker,
    office: voice.office,
    channel: channels[random.weighted(channelWeights)] ?? 'unspecified',
    stance,
    positions,
    addressees:
      addresseeRoll < 0.5 ? [] : addresseeRoll < 0.8 ? ['all-sides'] : [random.pick(plan.parties)],
    earliest: isoDay(day),
    latest: isoDay(precision === 'range' ? Math.min(lastDay, day + random.int(1, 4)) : day),
    precision,
    time:
      precision === 'time'
        ? `${String(random.int(6, 22)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`
        : null,
    partOfDay: precision === 'part-of-day' ? random.pick(partsOfDay) : null,
    stancePhrase: random.pick(stancePhrases[stance ?? 'none']),
    dimensionPhrases: positions
      .filter((position) => position.value === 'takes')
      .map((position) => random.pick(dimensionPhrases[position.dimension])),
    quote: random.chance(0.4) ? random.pick(quotePhrases) : null,
  } satisfies StatementDraft
}

function sourceFor(plan: EventPlan, text: string): SyntheticSource {
  return {
    id: plan.event.sourceIds[0] ?? plan.event.id,
    title: plan.event.title,
    outlet: 'Synthetic corpus generator',
    via: null,
    published: plan.event.start,
    publishedNote: syntheticLabel,
    file: `${plan.event.id}.txt`,
    length: text.length,
    text,
    synthetic: true,
  }
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
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
