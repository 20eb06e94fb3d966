import type { Actor } from '../schemas/actor'
import { actorKinds } from '../vocabulary'
import { dimensionIds, stanceIds } from '../vocabulary'
import { summaryStances } from '../codebook/stance-label'
import type { StanceSummary } from '../schemas/stance-summary'
import type { Statement } from '../schemas/statement'
import { channels } from '../vocabulary'
import { labelKey } from './label-key'
import { codedLabels, labelLookup, type LabelLookup } from '../statements/filter'
import { foldQuickly } from './search'
import { voiceOf } from '../statements/voice'
import type { FacetKey, IndexedData } from './types'

/**
 * A dataset laid out for filtering: statements grouped by actor in display order, each facet's
 * value as a small integer code in a typed array, search text folded once.
 */
export type EngineIndex = {
  actors: Actor[]
  summaries: (StanceSummary | null)[]
  /** Where each actor's statements begin in `statements`, plus the end. */
  actorStart: Int32Array
  /**
   * Whether the actor can be shown: it has a stance summary, or the index was built for the cards
   * shown while the stances are unavailable.
   */
  listed: Uint8Array
  /** The stances the actor is found under, one bit each: its stance, or every stance of a mixed range. */
  actorStanceBits: Uint8Array
  actorKind: Int8Array
  /** Read by position; a columnar corpus makes each statement when it is read. */
  statements: readonly Statement[]
  stance: Int8Array
  channel: Int8Array
  /** Positions of the `takes` dimensions, one bit each. */
  dimensions: Uint8Array
  speaker: Int32Array
  /** Where each statement's events begin in `eventCodes`, plus the end: a source may serve several. */
  eventStart: Int32Array
  eventCodes: Int32Array
  /** Days as yyyymmdd numbers, which order like the ISO days they stand for. */
  earliest: Int32Array
  latest: Int32Array
  /** The words a search looks through, folded as `searchableText` folds them. */
  /** Read by position; a columnar corpus folds each text when it is read. */
  folded: readonly string[]
  /** Each facet's options; codes index into these. */
  values: Record<FacetKey, readonly string[]>
}

export const dayCode = (isoDay: string) =>
  Number(isoDay.slice(0, 4) + isoDay.slice(5, 7) + isoDay.slice(8, 10))

/**
 * `withoutStances`: index for the cards shown while the derived stances are unavailable, where
 * every actor can be shown and the stance filter is off.
 */
export function buildIndex(
  data: IndexedData,
  { withoutStances = false }: { withoutStances?: boolean } = {},
): EngineIndex {
  const actors = [...data.actors].sort((a, b) => a.order - b.order)
  const actorPosition = new Map(actors.map((actor, position) => [actor.id, position]))
  const summaryOf = new Map(data.stances.map((summary) => [summary.actorId, summary]))
  const summaries = actors.map((actor) => summaryOf.get(actor.id) ?? null)

  // Group by actor, keeping the data's order within each actor, as the cards list them.
  const byActor: Statement[][] = actors.map(() => [])
  for (const statement of data.statements) {
    const position = actorPosition.get(statement.actorId)
    // Stryker disable next-line ConditionalExpression,OptionalChaining: each of the two guards a statement of an actor the data lacks alone.
    if (position !== undefined) byActor[position]?.push(statement)
  }
  const statements = byActor.flat()
  const actorStart = new Int32Array(actors.length + 1)
  byActor.forEach((own, position) => {
    actorStart[position + 1] = (actorStart[position] ?? 0) + own.length
  })

  const speakers = [
    ...new Set(statements.map(voiceOf).filter((voice): voice is string => voice !== null)),
  ].sort((a, b) => a.localeCompare(b))
  const speakerCode = new Map(speakers.map((speaker, code) => [speaker, code]))
  const events = data.events ?? []
  const eventsOfSource = new Map<string, number[]>()
  events.forEach((event, code) => {
    for (const sourceId of new Set(event.sourceIds)) {
      const codes = eventsOfSource.get(sourceId)
      if (codes) codes.push(code)
      else eventsOfSource.set(sourceId, [code])
    }
  })
  const eventStart = new Int32Array(statements.length + 1)
  statements.forEach((statement, at) => {
    eventStart[at + 1] =
      (eventStart[at] ?? 0) + (eventsOfSource.get(statement.sourceId)?.length ?? 0)
  })
  const eventCodes = new Int32Array(eventStart[statements.length] ?? 0)
  statements.forEach((statement, at) => {
    eventCodes.set(eventsOfSource.get(statement.sourceId) ?? [], eventStart[at] ?? 0)
  })
  const lookup = data.codebook ? labelLookup(data.codebook, data.events) : undefined

  const count = statements.length
  const folded = new Array<string>(count)
  const index: EngineIndex = {
    ...actorColumns(actors, summaries, withoutStances),
    actorStart,
    statements,
    stance: new Int8Array(count),
    channel: new Int8Array(count),
    dimensions: new Uint8Array(count),
    speaker: new Int32Array(count),
    eventStart,
    eventCodes,
    earliest: new Int32Array(count),
    latest: new Int32Array(count),
    folded,
    values: facetValues(actors, speakers, events),
  }
  const searchText = createSearchText(lookup)
  actors.forEach((actor, position) => {
    // Stryker disable next-line EqualityOperator: one place on is the next actor's first statement, written again, and rightly, by that actor.
    for (let at = actorStart[position] ?? 0; at < (actorStart[position + 1] ?? 0); at += 1) {
      const statement = statements[at]
      if (!statement) continue
      index.stance[at] = codeOf(stanceIds, statement.stance)
      index.channel[at] = codeOf(channels, statement.channel)
      index.dimensions[at] = takenDimensions(statement)
      const voice = voiceOf(statement)
      // Stryker disable next-line ConditionalExpression,UnaryOperator: no voice has no code either way.
      index.speaker[at] = voice === null ? -1 : (speakerCode.get(voice) ?? -1)
      index.earliest[at] = dayCode(statement.date.earliest)
      index.latest[at] = dayCode(statement.date.latest)
      folded[at] = searchText(statement, actor)
    }
  })
  return index
}

/** The dimensions a statement takes, one bit each at their place in `dimensionIds`. */
export function takenDimensions(statement: Statement): number {
  let bits = 0
  for (const position of statement.positions) {
    if (position.value !== 'takes') continue
    bits |= 1 << dimensionIds.indexOf(position.dimension)
  }
  return bits
}

/** What the index knows of each actor, in the engine's order, whichever way its statements come. */
export function actorColumns(
  actors: Actor[],
  summaries: (StanceSummary | null)[],
  withoutStances: boolean,
) {
  return {
    actors,
    summaries,
    listed: Uint8Array.from(summaries, (summary) => (withoutStances || summary ? 1 : 0)),
    actorStanceBits: Uint8Array.from(summaries, (summary) =>
      summary
        ? summaryStances(summary).reduce(
            (bits, stance) => bits | (1 << stanceIds.indexOf(stance)),
            0,
          )
        : 0,
    ),
    actorKind: Int8Array.from(actors, (actor) => codeOf(actorKinds, actor.kind)),
  }
}

export const facetValues = (
  actors: readonly Actor[],
  speakers: readonly string[],
  events: readonly { id: string }[],
): EngineIndex['values'] => ({
  stance: stanceIds,
  kind: actorKinds,
  actor: actors.map((actor) => actor.id),
  'statement-stance': stanceIds,
  dimension: dimensionIds,
  channel: channels,
  speaker: speakers,
  event: events.map((event) => event.id),
})

export function codeOf(values: readonly string[], value: string | null | undefined): number {
  // Stryker disable next-line ConditionalExpression: a missing value is in no list, -1 either way.
  return value == null ? -1 : values.indexOf(value)
}

/**
 * Folds each statement's words as `searchableText` does, the page's search looking through the
 * same words and coded labels. Folding never reaches across a line break, so the parts are folded
 * one by one; a voice (speaker, office, actor) and a set of labels recur, and are folded once each.
 */
export function createSearchText(lookup: LabelLookup | undefined) {
  // Keyed by the values that recur, so that no key is built for each statement.
  const voices = new Map<Actor, Map<string | null, Map<string | null, string>>>()
  // By the events' words a statement's labels are read in (its source's), then by its labels.
  const labelSets = new Map<readonly LabelLookup[] | undefined, Map<number, string>>()
  // Stryker disable all: caches save work only; without them each part is worked out the same.
  const voicePart = (statement: Statement, actor: Actor) => {
    let bySpeaker = voices.get(actor)
    if (!bySpeaker)
      voices.set(actor, (bySpeaker = new Map<string | null, Map<string | null, string>>()))
    let byOffice = bySpeaker.get(statement.speaker)
    if (!byOffice) bySpeaker.set(statement.speaker, (byOffice = new Map<string | null, string>()))
    let part = byOffice.get(statement.office)
    if (part === undefined) {
      const words = `${statement.speaker ?? ''}\n${statement.office ?? ''}\n${actor.name}\n${actor.shortName}`
      byOffice.set(statement.office, (part = foldQuickly(words)))
    }
    return part
  }
  const labelsOf = (statement: Statement, lookup: LabelLookup) => {
    const key = labelKey(statement)
    const words = lookup.ofStatement?.(statement)
    let sets = labelSets.get(words)
    if (!sets) labelSets.set(words, (sets = new Map<number, string>()))
    let part = key === null ? undefined : sets.get(key)
    if (part === undefined) {
      part = foldQuickly(codedLabels(statement, lookup).join('\n'))
      if (key !== null) sets.set(key, part)
    }
    return part
  }
  // Stryker restore all
  return (statement: Statement, actor: Actor): string => {
    const folded = [foldQuickly(statement.passage.text)]
    for (const quote of statement.quotes) folded.push(foldQuickly(quote.text))
    folded.push(voicePart(statement, actor))
    if (lookup) folded.push(labelsOf(statement, lookup))
    return folded.join('\n')
  }
}
