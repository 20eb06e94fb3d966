import type { Actor } from '../schemas/actor'
import type { Codebook } from '../schemas/codebook'
import type { Event } from '../schemas/event'
import type { StanceSummary } from '../schemas/stance-summary'
import type { Statement } from '../schemas/statement'

/** What the engine indexes: the parts of a dataset that filtering reads. */
export type IndexedData = {
  actors: readonly Actor[]
  stances: readonly StanceSummary[]
  statements: readonly Statement[]
  /** Events claim statements through their sources; without them the event filter finds nothing. */
  events?: readonly Pick<Event, 'id' | 'sourceIds' | 'initiator' | 'action'>[]
  /** With a codebook, search also finds statements by their coded stance and positions. */
  codebook?: Pick<Codebook, 'stances' | 'dimensions'>
}

/** A dataset as the API serves it, with what the worker's shapers read. Plain data, so a worker can take it. */
export type EngineData = IndexedData & {
  events?: readonly Pick<Event, 'id' | 'sourceIds' | 'start' | 'initiator' | 'action'>[]
  codebook?: Pick<Codebook, 'stances' | 'dimensions' | 'version'>
}

export const actorFacets = ['stance', 'kind', 'actor'] as const
export const statementFacets = [
  'statement-stance',
  'dimension',
  'channel',
  'speaker',
  'event',
] as const
export const facetKeys = [...actorFacets, ...statementFacets] as const
export type FacetKey = (typeof facetKeys)[number]

/** One value for each facet, made from its key. */
export const byFacet = <T>(make: (key: FacetKey) => T): Record<FacetKey, T> => ({
  stance: make('stance'),
  kind: make('kind'),
  actor: make('actor'),
  'statement-stance': make('statement-stance'),
  dimension: make('dimension'),
  channel: make('channel'),
  speaker: make('speaker'),
  event: make('event'),
})

/**
 * One view's filters: the dashboard's filter state, with the event as a list. Within a filter any value
 * matches; filters combine with AND; an empty list or null leaves that filter off.
 */
export type EngineQuery = Record<FacetKey, readonly string[]> & {
  from: string | null
  to: string | null
  q: string
}

export const emptyEngineQuery: EngineQuery = {
  stance: [],
  kind: [],
  actor: [],
  'statement-stance': [],
  dimension: [],
  channel: [],
  speaker: [],
  event: [],
  from: null,
  to: null,
  q: '',
}

/** For each option of a facet (in the order of `EngineIndex.values[key]`): what choosing it alone would show. */
export type FacetCounts = { actors: Int32Array; statements: Int32Array }

export type EngineResult = {
  /** Positions in `index.actors` of the actors shown, in display order. */
  actors: Int32Array
  /** Where each shown actor's statements begin in `statements`, plus the end. */
  actorOffsets: Int32Array
  /** Positions in `index.statements` of the statements shown, grouped by actor. */
  statements: Int32Array
  facets: Record<FacetKey, FacetCounts>
}

/** Each facet's counts by option value: what choosing that option alone would show. */
export type FacetCountsByValue = Record<
  FacetKey,
  ReadonlyMap<string, { actors: number; statements: number }>
>
