import { useMemo, useState } from 'react'
import type { CiteContext } from '../../../lib/cite'
import type { ActorResult } from '../../../lib/statements/actor-results'
import { allEvents, withList } from '../../../lib/url-state/filter-state'
import { chartIds, type ChartId } from '../../../lib/url-state/view-state'
import { useLabels, useSharedView } from '../../../lib/view/shared-view'
import { dimensionIds } from '../../../lib/vocabulary'
import { regionOf } from '../map/map-region'
import { actorsByStatements, chartLimits } from '../scale'
import { shapeCharts, type ChartShapes, type ChartsRequest } from '../shape-charts'
import { noneYours, yoursLine } from '../yours'
import { chartDetails } from './chart-details'
import type { FilterFromChart } from './chart-drawings'
import { ChartFrame } from './chart-frame'
import { ShownActorsPicker } from './shown-actors-picker'
import { YoursInCharts } from './yours-in-chart'

type Chosen = ChartsRequest['chosen']

type Props = {
  input: readonly ActorResult[]
  sourceLine: string
  /** Show just this chart (an embed): it filters nothing and offers no download. */
  only?: ChartId
  /**
   * The charts already shaped from `input` (at scale, beside the engine) for the actors `chosen`:
   * they are only drawn here, and a new choice goes to `onChoose` to be shaped there.
   */
  shaped?: {
    shapes: ChartShapes
    chosen: Chosen
    onChoose: (chosen: Chosen) => void
  } | null
  /** Offer each chart as PNG and SVG, named from `fileBase`, stating the filters in words. */
  downloads?: {
    fileBase: string
    filters: string | null
    /** What a chart's citation names, or null where there is nothing to cite. */
    cite: (() => CiteContext) | null
  }
}

/**
 * The six charts of the view's event, each as a chart or its table as the view says. Loaded
 * lazily: the cards never wait for the chart code.
 */
export function Charts({ input, sourceLine, only, shaped, downloads }: Props) {
  const { view, filters, setFilters, actors, events, event: eventId } = useSharedView()
  const labels = useLabels()
  const across = eventId === allEvents
  // The event in view draws the timeline's milestones; across every event, the first one's.
  const event = events.find((item) => item.id === eventId) ?? events[0]
  const asTable = (id: ChartId) => view.tables.includes(id)
  const show = (id: ChartId) => !only || only === id
  const onFilter: FilterFromChart | undefined = only
    ? undefined
    : (filter, values) => setFilters(withList(filters, filter, [...values]))
  const [ownChoice, setOwnChoice] = useState<Chosen>({ matrix: null, agreement: null })
  const chosen = shaped ? shaped.chosen : ownChoice
  const choose = shaped ? shaped.onChoose : setOwnChoice
  // Shaped once per change of data or choice, not on every render (a hover, a table toggle).
  const shapes = useMemo(
    () =>
      shaped?.shapes ??
      shapeCharts(input, {
        dimensions: dimensionIds,
        chosen: ownChoice,
        allEvents: across,
        events,
      }),
    [shaped, input, ownChoice, across, events],
  )
  const { columns, matrix, agreement, notes } = shapes
  // The same empty value while nothing of the analyst's is in view, so what reads it stays as it is.
  const yours = shapes.yours.statements.size > 0 ? shapes.yours : noneYours
  /** The actors each chart shows, for its line on the analyst's own. */
  const actorsShown = (id: ChartId): readonly string[] => {
    if (id === 'spectrum')
      return columns.flatMap((column) => column.actors.map((actor) => actor.id))
    if (id === 'matrix') return matrix.actorIds
    if (id === 'agreement') return agreement.actorIds
    if (id === 'map') return shapes.map.map((entry) => entry.actor.id)
    return input.map((row) => row.actor.id)
  }
  const ranked = useMemo(
    () =>
      actorsByStatements(input).map((row) => ({
        id: row.actor.id,
        name: row.actor.shortName,
        statements: row.statements.length,
      })),
    [input],
  )
  if (!event) return null
  const actorName = (id: string) => actors.find((actor) => actor.id === id)?.shortName ?? id
  const details = chartDetails({
    shapes,
    labels,
    event,
    // The map zooms into where the event in view happened; across events, into no one's region.
    region: across ? null : regionOf(event),
    actorName,
    asTable,
    onFilter,
    allEvents: across,
    noActor: input.length === 0,
    // The actor picker of a grid chart, offered once there are more actors than it shows.
    picker: (chart, shown) =>
      ranked.length > chartLimits.actorsInView || chosen[chart] ? (
        <ShownActorsPicker
          options={ranked}
          shown={shown}
          limit={chartLimits.actorsInView}
          onChoose={(ids) => choose({ ...chosen, [chart]: ids })}
        />
      ) : undefined,
  })
  return (
    <YoursInCharts value={yours}>
      <div className="charts-grid">
        {chartIds.filter(show).map((id) => {
          const { draw, controls, ...words } = details[id]()
          const frame = (
            <ChartFrame
              key={id}
              chart={id}
              words={{
                ...words,
                note: notes[id],
                source: sourceLine,
                // Only a workspace has actors of its own: at scale the published data skips the lookup.
                yours: yours.actors.size > 0 ? yoursLine(actorsShown(id), yours, actorName) : null,
              }}
              drawing={draw()}
              controls={controls}
              exported={
                downloads && {
                  fileName: `${downloads.fileBase}-${id}`,
                  filters: downloads.filters,
                  draw,
                  cite: downloads.cite,
                }
              }
              drawAtOnce={only === id}
            />
          )
          // The map is a landmark of its own, so a reader's list of landmarks leads to it.
          return id === 'map' ? (
            <section key={id} className="chart-region" aria-labelledby="chart-map-title">
              {frame}
            </section>
          ) : (
            frame
          )
        })}
      </div>
    </YoursInCharts>
  )
}
