import { derivePooledStance } from '../src/lib/codebook/derive-stance'
import type { Event } from '../src/lib/schemas/event'
import type { Source } from '../src/lib/schemas/source'
import type { StanceSummary } from '../src/lib/schemas/stance-summary'
import type { Statement } from '../src/lib/schemas/statement'
import { labelLookup, searchableText } from '../src/lib/statements/filter'
import { voiceOf } from '../src/lib/statements/voice'
import {
  addStartMilestone,
  planSyntheticCorpus,
  sourceFor,
  sourceHeader,
  type SyntheticMeta,
  type SyntheticOptions,
} from '../data/synthetic/generate'
import { composePassage, syntheticStatement } from '../data/synthetic/record'
import { articleDataset } from '../mocks/handlers/dataset'

/** One statement as the Parquet corpus holds it: what the filters read, and the record as sent. */
export type CorpusRow = {
  seq: number
  event_pos: number
  id: string
  source_id: string
  actor_id: string
  actor_order: number
  statement_stance: string | null
  channel: string
  voice: string | null
  events: string[]
  dimensions: string[]
  earliest: string
  latest: string
  passage_start: number
  folded: string
  statement: string
}

/**
 * What the corpus says beside its statements, kept in the file's key-value metadata: small at
 * any size. Sources leave out their text and stances their statement ids, which the API reads
 * from the statements when asked.
 */
export type CorpusSideData = {
  meta: SyntheticMeta
  events: Event[]
  actors: ReturnType<typeof planSyntheticCorpus>['actors']
  sources: Source[]
  /** Each source's opening line, before its statements' passages. */
  headers: Record<string, string>
  stances: StanceSummary[]
}

/**
 * The synthetic corpus as rows, drawn one statement at a time with the same seed, order and
 * words as `generateSyntheticDataset`, so nothing the size of the corpus is held: each event's
 * source text is only its running length, and each actor's statements, for its stance, are
 * shared stand-ins (below).
 */
export function corpusRows(options: SyntheticOptions = {}) {
  const corpus = planSyntheticCorpus(options)
  const { plans, actors } = corpus
  const events = plans.map((plan) => plan.event)
  const lookup = labelLookup(articleDataset.latest.codebook, events)
  const actorById = new Map(actors.map((actor) => [actor.id, actor]))
  // The order the page's engine lists actors in, the API's last tie-break but the draw.
  const actorOrder = new Map(
    [...actors].sort((a, b) => a.order - b.order).map((actor, at) => [actor.id, at]),
  )
  const offsets = plans.map((plan) => sourceHeader(plan).length)
  const statementCounts = plans.map(() => 0)
  const actorsOf = plans.map(() => new Set<string>())
  // An actor's stance reads only each statement's stance, its explicitness and its positions, in
  // the order the dataset holds them (by event, then as drawn). So one statement stands in for
  // every other with the same three, and each actor keeps a reference per statement, by event.
  const standIns = new Map<string, Statement>()
  const heldBy = new Map(actors.map((actor) => [actor.id, plans.map((): Statement[] => [])]))

  /** Each statement as drawn, with its actor and event; the side data counts it as it passes. */
  function* statements() {
    for (const { eventIndex, draft } of corpus.drafts()) {
      const plan = plans[eventIndex]
      const actor = actorById.get(draft.actorId)
      if (!plan || !actor) continue
      const passage = composePassage(draft)
      const start = (offsets[eventIndex] ?? 0) + 2
      offsets[eventIndex] = start + passage.text.length
      const sourceId = plan.event.sourceIds[0] ?? ''
      const statement = syntheticStatement(draft, sourceId, start, passage)
      statementCounts[eventIndex] = (statementCounts[eventIndex] ?? 0) + 1
      actorsOf[eventIndex]?.add(actor.id)
      const key = `${actor.id}|${statement.stance}|${statement.explicitStance}|${JSON.stringify(statement.positions)}`
      const standIn = standIns.get(key) ?? statement
      standIns.set(key, standIn)
      heldBy.get(actor.id)?.[eventIndex]?.push(standIn)
      yield { statement, actor, eventIndex, sourceId, event: plan.event }
    }
  }

  function* rows(): Generator<CorpusRow> {
    let seq = 0
    for (const { statement, actor, eventIndex, sourceId, event } of statements()) {
      yield {
        seq: seq++,
        event_pos: eventIndex,
        id: statement.id,
        source_id: sourceId,
        actor_id: actor.id,
        actor_order: actorOrder.get(actor.id) ?? -1,
        statement_stance: statement.stance,
        channel: statement.channel,
        voice: voiceOf(statement),
        events: [event.id],
        dimensions: statement.positions.flatMap((position) =>
          position.value === 'takes' ? [position.dimension] : [],
        ),
        earliest: statement.date.earliest,
        latest: statement.date.latest,
        passage_start: statement.passage.start,
        // Folded as the page's index folds it, so a search finds the same statements.
        folded: searchableText(statement, actor, lookup),
        statement: JSON.stringify(statement),
      }
    }
  }

  /** Once every row is written: the events counted, the sources measured, the stances derived. */
  function sideData(): CorpusSideData {
    const headers: Record<string, string> = {}
    const sources = plans.map((plan, at) => {
      const header = sourceHeader(plan)
      addStartMilestone(plan, header)
      headers[plan.event.sourceIds[0] ?? ''] = header
      return { ...sourceFor(plan, ''), length: offsets[at] ?? 0 }
    })
    return {
      meta: corpus.meta,
      events: plans.map((plan, at) => ({
        ...plan.event,
        actorCount: actorsOf[at]?.size ?? 0,
        statementCount: statementCounts[at] ?? 0,
      })),
      actors,
      sources,
      headers,
      stances: actors.map((actor) => ({
        ...derivePooledStance(actor, heldBy.get(actor.id)?.flat() ?? []),
        statementIds: [],
      })),
    }
  }
  return { events, actors, statements, rows, sideData }
}
