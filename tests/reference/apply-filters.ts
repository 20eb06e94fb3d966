import type { Actor } from '../../src/lib/schemas/actor'
import type { Statement } from '../../src/lib/schemas/statement'
import { labelLookup, searchMatches, type LabelLookup } from '../../src/lib/statements/filter'
import type {
  ActorResult,
  ActorStatements,
  DashboardData,
} from '../../src/lib/statements/actor-results'
import { voiceOf } from '../../src/lib/statements/voice'
import {
  allEvents,
  emptyFilterState,
  withList,
  type FilterState,
  type ListFilter,
} from '../../src/lib/url-state/filter-state'
import { summaryStances } from '../../src/lib/codebook/stance-label'

/*
 * The slow, obvious reading of the filters: every filter re-run over every statement. The engine
 * answers the app; this answers the tests, which check the engine against it.
 */

/**
 * The sources of the chosen event, or null when every event is shown (`all`, or no event). An
 * event the data does not hold claims no source, so it matches nothing, as in the engine.
 */
export function eventSources(
  events: DashboardData['events'],
  event: FilterState['event'],
): ReadonlySet<string> | null {
  if (event === null || event === allEvents) return null
  return new Set(events?.find((item) => item.id === event)?.sourceIds ?? [])
}

/** The statement matcher, plus the speaker and event filters, which it does not know. */
function statementMatches(
  statement: Statement,
  state: FilterState,
  actor: Actor,
  lookup: LabelLookup | undefined,
  sources: ReadonlySet<string> | null,
): boolean {
  if (sources && !sources.has(statement.sourceId)) return false
  const voice = voiceOf(statement)
  if (state.speaker.length > 0 && (voice === null || !state.speaker.includes(voice))) return false
  const ownStance = state['statement-stance']
  if (ownStance.length > 0 && (statement.stance === null || !ownStance.includes(statement.stance)))
    return false
  const { dimension, channel, from, to, q } = state
  if (
    dimension.length > 0 &&
    !statement.positions.some(
      (position) => position.value === 'takes' && dimension.includes(position.dimension),
    )
  )
    return false
  if (channel.length > 0 && !channel.includes(statement.channel)) return false
  // A statement dated to a range matches when the range overlaps the one asked for.
  if (from && statement.date.latest < from) return false
  if (to && statement.date.earliest > to) return false
  return !q.trim() || searchMatches(statement, q, actor, lookup)
}

/**
 * Every filter but stance, which needs the derived stances: kind and actor select actors, the
 * others select statements, and an actor is shown when at least one of its statements matches
 * them all. Also what the page shows while the stances are unavailable.
 */
export function filterByStatements(
  data: Pick<DashboardData, 'actors' | 'statements' | 'codebook' | 'events'>,
  state: FilterState,
): ActorStatements[] {
  const lookup = data.codebook ? labelLookup(data.codebook, data.events) : undefined
  const sources = eventSources(data.events, state.event)
  return [...data.actors]
    .sort((a, b) => a.order - b.order)
    .flatMap((actor) => {
      if (state.kind.length > 0 && !state.kind.includes(actor.kind)) return []
      if (state.actor.length > 0 && !state.actor.includes(actor.id)) return []
      const own = data.statements.filter((statement) => statement.actorId === actor.id)
      const matching = own.filter((statement) =>
        statementMatches(statement, state, actor, lookup, sources),
      )
      // An actor shows only with a statement in view: one that never spoke has no card.
      if (matching.length === 0) return []
      return [{ actor, statements: matching }]
    })
}

/**
 * Applies the filters: within one filter any chosen value matches; across filters all must.
 * Stance, kind and actor select actors (stance is the actor's overall stance); the others select
 * statements (statement-stance is the stance a statement itself expresses), and an actor is shown when at least one of its statements matches them all.
 */
export function applyFilters(data: DashboardData, state: FilterState): ActorResult[] {
  const summaryByActor = new Map(data.stances.map((summary) => [summary.actorId, summary]))
  return filterByStatements(data, state).flatMap((result) => {
    const summary = summaryByActor.get(result.actor.id)
    if (!summary) return []
    // A mixed stance matches each stance of its range.
    if (
      state.stance.length > 0 &&
      !summaryStances(summary).some((stance) => state.stance.includes(stance))
    )
      return []
    return [{ ...result, summary }]
  })
}

/**
 * How many actors each option would show: the other filters applied, this filter set to the
 * option alone.
 */
export function facetCounts(
  data: DashboardData,
  state: FilterState,
  key: ListFilter,
  options: readonly string[],
): Map<string, number> {
  return new Map(
    options.map((option) => [option, applyFilters(data, withList(state, key, [option])).length]),
  )
}

/**
 * The results with the actor of a linked statement (a permalink) added when the filters hide it,
 * so the statement a link points at is always on screen.
 */
export function withLinkedStatement(
  data: DashboardData,
  results: readonly ActorResult[],
  statementId: string | null,
): readonly ActorResult[] {
  // Most views link no statement: then there is nothing to look for among every statement.
  if (statementId === null) return results
  const linked = data.statements.find((statement) => statement.id === statementId)
  if (!linked || results.some((result) => result.actor.id === linked.actorId)) return results
  const own = applyFilters(data, emptyFilterState).find(
    (result) => result.actor.id === linked.actorId,
  )
  if (!own) return results
  return [...results, { ...own, statements: [linked] }].sort(
    (a, b) => a.actor.order - b.actor.order,
  )
}
