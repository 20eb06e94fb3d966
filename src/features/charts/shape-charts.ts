import { deriveStanceSummary } from '../../lib/codebook/derive-stance'
import type { DimensionId } from '../../lib/vocabulary'
import type { Event } from '../../lib/schemas/event'
import type { Statement } from '../../lib/schemas/statement'
import type { ActorResult } from '../../lib/statements/actor-results'
import { allEventsRule, shapeMap, shapeMapAcrossEvents } from './map/shape-map'
import type { ChartId } from '../../lib/url-state/view-state'
import {
  actorsByStatements,
  actorsInView,
  actorsInViewNote,
  chartLimits,
  spectrumNote,
  timelineBins,
  timelineNote,
  type TimelineBins,
} from './scale'
import {
  agreementMatrix,
  positionsMatrix,
  stanceDistribution,
  stanceSpectrum,
  timelinePoints,
  type TimelinePoint,
} from './shape'
import { yoursInView } from './yours'

/** How many actors a grouped spectrum lane still names. */
export const namedPerLane = 5

export type ChartShapeOptions = {
  dimensions: readonly DimensionId[]
  /** The actors chosen for the matrix and the heat map; null for the ones with most statements. */
  chosen: { matrix: readonly string[] | null; agreement: readonly string[] | null }
  /** The map across every event, each country by its most frequent stance. */
  allEvents: boolean
  /** The dataset's events, whose sources say which event a statement belongs to. */
  events: readonly Pick<Event, 'sourceIds'>[]
}

/** What a view chooses of its charts' shaping; the rest comes with the dataset. */
export type ChartsRequest = Pick<ChartShapeOptions, 'chosen' | 'allEvents'>

export type TimelineShape =
  { kind: 'marks'; points: TimelinePoint[] } | ({ kind: 'bins' } & TimelineBins)

/**
 * Each actor's statements split by event (a statement belongs to the event that lists its
 * source), with the stance derived from that event's statements alone. Actors without a statement
 * come last, on their own, so the map still lists them.
 */
export function resultsByEvent(
  input: readonly ActorResult[],
  events: readonly Pick<Event, 'sourceIds'>[],
): ActorResult[][] {
  const eventOf = new Map<string, number>()
  events.forEach((event, index) => event.sourceIds.forEach((id) => eventOf.set(id, index)))
  const perEvent = events.map(() => new Map<ActorResult, Statement[]>())
  for (const row of input)
    for (const statement of row.statements) {
      const groups = perEvent[eventOf.get(statement.sourceId) ?? -1]
      if (!groups) continue
      const own = groups.get(row)
      if (own) own.push(statement)
      else groups.set(row, [statement])
    }
  const silent = input.filter((row) => row.statements.length === 0)
  return [
    ...perEvent.map((groups) =>
      [...groups].map(([row, statements]) => ({
        actor: row.actor,
        summary: deriveStanceSummary(row.actor, statements),
        statements,
      })),
    ),
    silent.map((row) => ({ ...row, summary: deriveStanceSummary(row.actor, []) })),
  ]
}

/**
 * Every chart's data from the filtered actors, each bounded at scale: the timeline bins past
 * `chartLimits.timelineMarks` statements, the grids show the actors in view, the spectrum groups
 * past `chartLimits.spectrumActors`. Each step is one pass over the statements (or the actors).
 */
export function shapeCharts(input: readonly ActorResult[], options: ChartShapeOptions) {
  const { dimensions, chosen, allEvents, events } = options
  const reacting = input.filter((row) => !row.actor.isParty)
  const grouped = spectrumNote(reacting.length, namedPerLane)
  let statements = 0
  for (const row of input) statements += row.statements.length
  const timeline: TimelineShape =
    statements > chartLimits.timelineMarks
      ? { kind: 'bins', ...timelineBins(input) }
      : { kind: 'marks', points: timelinePoints(input) }
  const matrixView = actorsInView(input, chosen.matrix)
  const agreementView = actorsInView(input, chosen.agreement)
  const positions = positionsMatrix(matrixView.rows, dimensions)
  // Both grids show the same actors until one is given a choice of its own: shape them once.
  const sameActors = chosen.matrix === chosen.agreement
  return {
    counts: stanceDistribution(input),
    reacting: reacting.length,
    // Grouped lanes name the actors with the most statements first.
    columns: stanceSpectrum(grouped ? actorsByStatements(reacting) : reacting),
    timeline,
    matrix: {
      actorIds: matrixView.rows.map((row) => row.actor.id),
      cells: positions,
    },
    agreement: {
      actorIds: agreementView.rows.map((row) => row.actor.id),
      cells: sameActors
        ? agreementMatrix(agreementView.rows, dimensions, positions)
        : agreementMatrix(agreementView.rows, dimensions),
    },
    map: allEvents ? shapeMapAcrossEvents(resultsByEvent(input, events)) : shapeMap(input),
    // A pass over every statement in view: at scale the worker makes it, not the page.
    yours: yoursInView(input),
    // Each chart's note on how it aggregates (or, for the map across events, its rule), or null.
    notes: {
      distribution: null,
      map: allEvents ? allEventsRule : null,
      spectrum: grouped,
      timeline: timeline.kind === 'bins' ? timelineNote(timeline) : null,
      matrix: actorsInViewNote(matrixView, input.length),
      agreement: actorsInViewNote(agreementView, input.length),
    } satisfies Record<ChartId, string | null>,
  }
}

export type ChartShapes = ReturnType<typeof shapeCharts>
