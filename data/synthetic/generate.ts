import { gazetteer, gazetteerActor } from '../../src/lib/gazetteer/gazetteer'
import { derivePooledStance } from '../../src/lib/codebook/derive-stance'
import type { Actor } from '../../src/lib/schemas/actor'
import type { Source } from '../../src/lib/schemas/source'
import type { StanceSummary } from '../../src/lib/schemas/stance-summary'
import { codebookVersion } from '../codebook'
import { draftStatement } from './draft'
import {
  planEvents,
  shuffled,
  speakingFor,
  type EventPlan,
  type Sides,
  type SyntheticEvent,
} from './plan'
import { cumulativeWeights, createRandom } from './random'
import {
  composePassage,
  syntheticStatement,
  type StatementDraft,
  type SyntheticStatement,
} from './record'
import { syntheticLabel } from './templates'

export type { SyntheticEvent } from './plan'
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

/** Statements in a corpus generated without a size. */
export const defaultSyntheticSize = 100_000

/**
 * Everything a corpus is drawn from, and its statements' drafts one at a time in the order they
 * are drawn (`synthetic-0` first): `generateSyntheticDataset` takes them all at once, and
 * scripts/corpus.ts a chunk at a time, so a corpus of any size is written without being held.
 */
export function planSyntheticCorpus(options: SyntheticOptions = {}) {
  const { seed = 1, size = defaultSyntheticSize, events: eventCount = 250 } = options
  const random = createRandom(seed)
  const actors = gazetteer.map((entry, index) => gazetteerActor(entry, index + 1))
  // A few states are sides to events far more often than others, and partners of many: the
  // chance falls off with a shuffled rank (Zipf), as the chance of speaking does below.
  const states = shuffled(
    actors.filter((actor) => actor.kind === 'state'),
    random,
  )
  const sides: Sides = {
    states,
    organisations: actors.filter((actor) => actor.kind !== 'state'),
    weights: cumulativeWeights(states.map((_, rank) => 1 / (rank + 1))),
  }
  const speaking = actors.map((actor) => speakingFor(actor, sides, random))
  const speakingById = new Map(speaking.map((who) => [who.actor.id, who]))
  // A few actors speak often: activity falls off with a shuffled rank (Zipf).
  const ranks = shuffled(
    actors.map((_, index) => index + 1),
    random,
  )
  const actorWeights = cumulativeWeights(ranks.map((rank) => 1 / rank))
  const plans = planEvents(eventCount, sides, random)
  // Some events draw far more reactions than others.
  const eventWeights = cumulativeWeights(plans.map(() => Math.exp(random.next() * 4)))

  function* drafts(): Generator<{ eventIndex: number; draft: StatementDraft }> {
    for (let index = 0; index < size; index += 1) {
      const eventIndex = random.weighted(eventWeights)
      const plan = plans[eventIndex]
      // An event's own sides speak of it too, more often than any one third party.
      const who = random.chance(0.05)
        ? speakingById.get(random.pick(plan?.event.parties ?? []))
        : speaking[random.weighted(actorWeights)]
      if (!plan || !who) continue
      yield { eventIndex, draft: draftStatement(`synthetic-${index}`, who, plan, random) }
    }
  }
  const meta: SyntheticMeta = {
    label: syntheticLabel,
    synthetic: true,
    seed,
    size,
    version: `synthetic-${seed}-${size}`,
    updatedAt: '2026-11-27',
    codebookVersion,
  }
  return { meta, actors, plans, drafts }
}

/** The opening line of an event's source, before its statements' passages. */
export const sourceHeader = (plan: EventPlan) =>
  `${plan.event.title}. Generated for testing at scale; not a real report.`

/**
 * A seeded corpus for testing at scale: the same seed and size give the same records. Actors are
 * the gazetteer's; everything said is generated from templates and marked synthetic.
 */
export function generateSyntheticDataset(options: SyntheticOptions = {}): SyntheticDataset {
  const { meta, actors, plans, drafts: drawn } = planSyntheticCorpus(options)
  const drafts: StatementDraft[][] = plans.map(() => [])
  for (const { eventIndex, draft } of drawn()) drafts[eventIndex]?.push(draft)

  const sources: SyntheticSource[] = []
  const statements: SyntheticStatement[] = []
  plans.forEach((plan, eventIndex) => {
    const header = sourceHeader(plan)
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
    addStartMilestone(plan, header)
  })

  const byActor = new Map<string, SyntheticStatement[]>()
  for (const statement of statements) {
    const own = byActor.get(statement.actorId) ?? []
    own.push(statement)
    byActor.set(statement.actorId, own)
  }
  return {
    meta,
    events: plans.map((plan) => plan.event),
    sources,
    actors,
    statements,
    // Each event has one source; across events an actor's statements are pooled, not weighed as
    // sources of one event.
    stances: actors.map((actor) => derivePooledStance(actor, byActor.get(actor.id) ?? [])),
  }
}

/** The event's first milestone: its start, dated by its source's opening line. */
export function addStartMilestone(plan: EventPlan, header: string) {
  plan.event.milestones.push({
    id: `${plan.event.id}-start`,
    label: `Start of ${plan.event.action.full}`,
    date: plan.event.start,
    time: null,
    asWritten: plan.event.start,
    passage: { start: 0, end: header.length, text: header },
  })
}

export function sourceFor(plan: EventPlan, text: string): SyntheticSource {
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
