import type { EngineIndex } from '../engine/build-index'
import type { EventIndexer } from '../engine/event-summaries'
import type { SearchMatches } from '../engine/query'
import type { Actor } from '../schemas/actor'
import type { Codebook } from '../schemas/codebook'
import type { Event } from '../schemas/event'
import type { StanceSummary } from '../schemas/stance-summary'
import type { Statement } from '../schemas/statement'

export type DashboardData = {
  actors: readonly Actor[]
  stances: readonly StanceSummary[]
  statements: readonly Statement[]
  /** With the codebook, search also finds statements by their coded stance and positions. */
  codebook?: Pick<Codebook, 'stances' | 'dimensions'>
  /** Events claim statements through their sources; the event filter needs them. */
  events?: readonly Pick<Event, 'id' | 'sourceIds'>[]
  /** The dataset's rule, once loaded: one event of several is shown with its own stances. */
  forEvent?: EventIndexer
  /** Search that knows actors' other names ("Turkey", "Ankara"), once loaded; else the words alone. */
  otherNames?: (index: EngineIndex) => SearchMatches
}

/** An actor the filters leave, with its stance summary and its statements that match them. */
export type ActorResult = {
  actor: Actor
  summary: StanceSummary
  statements: readonly Statement[]
}

/** An actor the filters leave by kind, actor and statements, before any stance is known. */
export type ActorStatements = { actor: Actor; statements: readonly Statement[] }

/** A card's result: its stance summary, or null when the derived stances could not be loaded. */
export type CardResult = ActorStatements & { summary: StanceSummary | null }
