import { deriveOverEvents } from '../../src/lib/codebook/derive-stance'
import { eventOfSource } from '../../src/lib/statements/event-summaries'
import { buildIndex } from '../../src/lib/engine/build-index'
import { fingerprint } from './paging'
import { sourcesAddedToEvents, workspaceRecords } from '../../src/lib/workspace/as-dataset'
import type { WorkspaceData } from '../../src/lib/workspace/records'
import { createEngine, type Engine } from '../../src/lib/engine/query'
import { compareStatements } from '../../src/lib/statements/filter'
import { speakerOptions } from '../../src/lib/statements/voice'
import type { Actor } from '../../src/lib/schemas/actor'
import type { Codebook } from '../../src/lib/schemas/codebook'
import type { DatasetMeta, Event } from '../../src/lib/schemas/event'
import type { Source } from '../../src/lib/schemas/source'
import type { StanceSummary } from '../../src/lib/schemas/stance-summary'
import type { Statement } from '../../src/lib/schemas/statement'
import type { KnownValues } from '../../src/lib/url-state/parameters'
import type { StatementStore } from './statement-store'
import { actors } from '../../data/actors'
import { event } from '../../data/event'
import { source } from '../../data/source'
import { datasetVersions } from '../../data/versions'
import { generateSyntheticDataset, type SyntheticOptions } from '../../data/synthetic/generate'
import { syntheticLabel } from '../../data/synthetic/templates'

export type DatasetName = 'article' | 'synthetic'

/** One version of a dataset as the API serves it: every resource, stances already derived. */
export type ServedVersion = {
  meta: DatasetMeta
  codebook: Codebook
  actors: readonly Actor[]
  events: readonly Event[]
  sources: readonly Source[]
  statements: readonly Statement[]
  stances: readonly StanceSummary[]
  /** What tells this content apart for caching when the version stays (an analyst's own records). */
  revision?: string
  /**
   * Where its statements are queried when not in `statements` (a Parquet corpus in DuckDB); the
   * page's engine over `statements` otherwise.
   */
  store?: StatementStore
}

/** A named dataset with its published versions (oldest first); the last is served by default. */
export type ServedDataset = {
  name: DatasetName
  versions: readonly ServedVersion[]
  latest: ServedVersion
  /** Said on every answer about synthetic data; null for the article's. */
  notice: string | null
}

/** The article's dataset: each published version with the stances its own codebook's rule gives. */
export const articleDataset: ServedDataset = (() => {
  const versions = datasetVersions.map((version) => ({
    meta: version.meta,
    codebook: version.codebook,
    actors,
    events: [event],
    sources: [source],
    statements: version.statements,
    stances: actors.map((actor) => version.deriveStance(actor, version.statements)),
  }))
  const latest = versions.at(-1)
  if (!latest) throw new Error('No dataset version is published.')
  return { name: 'article', versions, latest, notice: null }
})()

/**
 * The seeded synthetic corpus (data/synthetic), coded by the article's codebook. It is
 * generated here, once per call, and never mixed with the article's data.
 */
export function syntheticDataset(options: SyntheticOptions = {}): ServedDataset {
  const generated = generateSyntheticDataset(options)
  const { codebook } = articleDataset.latest
  const latest: ServedVersion = {
    meta: {
      version: generated.meta.version,
      updatedAt: generated.meta.updatedAt,
      codebookVersion: generated.meta.codebookVersion,
    },
    codebook,
    actors: generated.actors,
    events: generated.events,
    sources: generated.sources,
    statements: generated.statements,
    stances: generated.stances,
  }
  return { name: 'synthetic', versions: [latest], latest, notice: syntheticLabel }
}

/**
 * The dataset's latest version with the analyst's own records beside the published ones, each
 * marked `yours`; earlier versions stay as published. Stances are derived again, by the latest
 * codebook's rule, for the actors the analyst coded.
 */
export function withWorkspace(served: ServedDataset, data: WorkspaceData): ServedDataset {
  if (data.statements.length === 0 && data.sources.length === 0) return served
  const base = served.latest
  const yours = workspaceRecords(data, base)
  const added = sourcesAddedToEvents(data, base)
  const actors = [...base.actors, ...yours.actors]
  const statements = [...base.statements, ...yours.statements]
  const events = [
    ...base.events.map((event) => {
      const more = added.get(event.id)
      return more ? { ...event, sourceIds: [...event.sourceIds, ...more] } : event
    }),
    ...yours.events,
  ]
  const coded = new Set(yours.statements.map((statement) => statement.actorId))
  // An actor's sources are weighed where they report one event, pooled across events.
  const eventOf = eventOfSource(events)
  const stances = actors.map(
    (actor) =>
      (!coded.has(actor.id) && base.stances.find((stance) => stance.actorId === actor.id)) ||
      deriveOverEvents(actor, statements, eventOf),
  )
  const latest: ServedVersion = {
    ...base,
    actors,
    events,
    sources: [...base.sources, ...yours.sources],
    statements,
    stances,
    revision: `${base.meta.version}+yours.${fingerprint(JSON.stringify(data))}`,
  }
  return { ...served, versions: [...served.versions.slice(0, -1), latest], latest }
}

/** What the statements endpoint needs of a version, built on first use and kept. */
export type Indexed = {
  engine: Engine
  /** The index's statement positions in the API's order (`compareStatements`). */
  sorted: Int32Array
  known: KnownValues
  byId: ReadonlyMap<string, Statement>
}

const indexedByVersion = new WeakMap<ServedVersion, Indexed>()

export function indexed(version: ServedVersion): Indexed {
  const cached = indexedByVersion.get(version)
  if (cached) return cached
  // The same engine the page runs, so a query means the same thing in both.
  const engine = createEngine(
    buildIndex({
      actors: version.actors,
      stances: version.stances,
      statements: version.statements,
      events: version.events,
      codebook: version.codebook,
    }),
  )
  // Sorted once: a stable sort of the index's order, which is the order the cards list them in.
  const sorted = engine.index.statements
    .map((statement, at) => ({ statement, at }))
    .sort((a, b) => compareStatements(a.statement, b.statement))
  const made: Indexed = {
    engine,
    sorted: Int32Array.from(sorted, (item) => item.at),
    known: {
      actorIds: new Set(version.actors.map((actor) => actor.id)),
      speakers: new Set(speakerOptions(version.statements)),
    },
    byId: new Map(version.statements.map((statement) => [statement.id, statement])),
  }
  indexedByVersion.set(version, made)
  return made
}
