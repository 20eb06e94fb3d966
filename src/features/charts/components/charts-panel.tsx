import { useMemo, useState, type ReactNode } from 'react'
import { dimensionIds, stanceIds, type StanceId } from '../../../lib/vocabulary'
import type { CodebookLabels } from '../../../lib/labels'
import type { Actor } from '../../../lib/schemas/actor'
import type { Event } from '../../../lib/schemas/event'
import type { ActorResult } from '../../../lib/statements/actor-results'
import { chartIds, type ChartId } from '../../../lib/url-state/view-state'
import {
  describeAgreement,
  describeDistribution,
  describeMatrix,
  describeSpectrum,
  describeTimeline,
  describeTimelineBins,
} from '../describe'
import { actorsByStatements, chartLimits } from '../scale'
import { namedPerLane, shapeCharts, type ChartShapes, type ChartsRequest } from '../shape-charts'
import { noneYours, yoursLine } from '../yours'
import { YoursInCharts } from './yours-in-chart'
import { agreementRule, milestoneTimes, zoneInWords } from '../shape'
import { colors, type LegendItem, type SvgMode } from './marks'
import { chartTitles } from '../titles'
import { ActorPicker } from './actor-picker'
import { AgreementChart } from './agreement-chart'
import { ChartFrame } from './chart-frame'
import { matrixLegend, PositionsMatrixChart } from './positions-matrix-chart'
import { distributionLegend, StanceDistributionChart } from './stance-distribution-chart'
import { StanceSpectrumChart } from './stance-spectrum-chart'
import { StatementTimelineChart } from './statement-timeline-chart'
import { binsLegend, TimelineBinsChart } from './timeline-bins-chart'
import { describeMap } from '../map/describe-map'
import { southCaucasus } from '../map/map-layout'
import { MapTable } from '../map/map-table'
import { notPlacedRule } from '../map/shape-map'
// The map's drawing code comes with the charts; its boundary data loads on first use (load-world).
// A lazy chunk of its own would list the entry's stylesheet, which the build inlines, as a dependency.
import { WorldMap } from '../map/world-map'

export type ChartsPanelProps = {
  input: readonly ActorResult[]
  /** The event: its milestones and days frame the timeline. */
  event: Event
  /** The dataset's events: a statement belongs to the one that lists its source. */
  events: readonly Event[]
  /** The view spans every event: the map colours each country by its most frequent stance. */
  allEvents: boolean
  /** Every actor, for their short names. */
  actors: readonly Actor[]
  labels: CodebookLabels
  sourceLine: string
  tables: readonly ChartId[]
  onToggleTable: (chart: ChartId) => void
  /** Filters the dashboard from a click on the charts; an embed leaves it out. */
  onFilter?: (filter: 'stance' | 'actor' | 'dimension', values: readonly string[]) => void
  /** Show just this chart (an embed). */
  only?: ChartId
  /**
   * The charts already shaped from `input` (at scale, beside the engine) for the actors `chosen`:
   * the panel only draws them, and passes a new choice to `onChoose` to be shaped there.
   */
  shaped?: {
    shapes: ChartShapes
    chosen: Chosen
    onChoose: (chosen: Chosen) => void
  } | null
  /** Offer each chart as PNG and SVG, named from `fileBase`, stating the filters in words. */
  downloads?: { fileBase: string; filters: string | null }
}

/** The timeline's marks: a dot in its stance's colour, a hollow diamond where no day is given. */
const timelineLegend = (labels: CodebookLabels, withoutStance: boolean): LegendItem[] => [
  ...stanceIds.map((stance) => ({
    mark: 'dot' as const,
    color: colors.stance(stance),
    label: labels.stance(stance),
  })),
  ...(withoutStance
    ? [{ mark: 'dot' as const, color: colors.stance(null), label: 'No stance' }]
    : []),
  { mark: 'diamond', color: colors.muted, label: 'No day given' },
]

/** What sets one chart's frame apart from the others'. */
type ChartDetails = {
  /** The chart: on the page, or in its SVG mode for a download. */
  draw: (svg?: SvgMode) => ReactNode
  empty: string | null
  subtitle: string
  hint?: string
  description: string
  legend?: readonly LegendItem[]
  controls?: ReactNode
  footnote?: string
}

type Chosen = ChartsRequest['chosen']

/** The six charts. Loaded lazily: the cards never wait for the chart code. */
export function ChartsPanel(props: ChartsPanelProps) {
  const { input, event, events, allEvents, actors, labels, sourceLine, tables, onToggleTable } =
    props
  const { onFilter } = props
  const asTable = (id: ChartId) => tables.includes(id)
  const show = (id: ChartId) => !props.only || props.only === id
  const { downloads } = props
  const { shaped } = props
  const [ownChoice, setOwnChoice] = useState<Chosen>({ matrix: null, agreement: null })
  const chosen = shaped ? shaped.chosen : ownChoice
  const choose = shaped ? shaped.onChoose : setOwnChoice
  // Shaped once per change of data or choice, not on every render (a hover, a table toggle).
  const shapes = useMemo(
    () =>
      shaped?.shapes ??
      shapeCharts(input, { dimensions: dimensionIds, chosen: ownChoice, allEvents, events }),
    [shaped, input, ownChoice, allEvents, events],
  )
  const { counts, columns, timeline, matrix, agreement, notes } = shapes
  const mapEntries = shapes.map
  // The same empty value while nothing of the analyst's is in view, so what reads it stays as it is.
  const yours = shapes.yours.statements.size > 0 ? shapes.yours : noneYours
  /** The actors each chart shows, for its line on the analyst's own. */
  const actorsShown = (id: ChartId): readonly string[] => {
    if (id === 'spectrum')
      return columns.flatMap((column) => column.actors.map((actor) => actor.id))
    if (id === 'matrix') return matrix.actorIds
    if (id === 'agreement') return agreement.actorIds
    if (id === 'map') return mapEntries.map((entry) => entry.actor.id)
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
  // Without a dashboard to filter the charts do not invite clicks.
  const hint = (text: string) => (onFilter ? text : undefined)
  /** What every chart's frame takes; `draw` is the chart again, in its SVG mode, for downloads. */
  const frame = (id: ChartId, draw: (svg: SvgMode) => ReactNode) => ({
    id: `chart-${id}`,
    title: chartTitles[id],
    note: notes[id],
    asTable: asTable(id),
    onToggleTable: () => onToggleTable(id),
    drawAtOnce: props.only === id,
    source: sourceLine,
    // Only a workspace has actors of its own: at scale the published data skips the lookup.
    yours: yours.actors.size > 0 ? yoursLine(actorsShown(id), yours, actorName) : null,
    exported: downloads && {
      fileName: `${downloads.fileBase}-${id}`,
      filters: downloads.filters,
      draw,
    },
  })
  /** The actor picker of a grid chart, offered once there are more actors than it shows. */
  const picker = (chart: keyof Chosen, shown: readonly string[]) =>
    ranked.length > chartLimits.actorsInView || chosen[chart] ? (
      <ActorPicker
        options={ranked}
        shown={shown}
        limit={chartLimits.actorsInView}
        onChoose={(ids) => choose({ ...chosen, [chart]: ids })}
      />
    ) : undefined
  const actorName = (id: string) => actors.find((actor) => actor.id === id)?.shortName ?? id
  const range = {
    start: Date.parse(`${event.start}T00:00:00Z`),
    end: Date.parse(`${event.end}T00:00:00Z`) + 86_400_000,
  }
  const times = milestoneTimes(event.milestones)
  const named = notes.spectrum ? namedPerLane : undefined
  // Each chart is one component: drawn on the page, and drawn again in its SVG mode for a download.
  /** A chart drawn on the page (as itself or its table), or in its SVG mode for a download. */
  const mode = (id: ChartId, svg?: SvgMode) => ({ asTable: !svg && asTable(id), svg })
  const pickActor = onFilter && ((id: string) => onFilter('actor', [id]))
  const distribution = (svg?: SvgMode) => (
    <StanceDistributionChart
      counts={counts}
      labels={labels}
      {...mode('distribution', svg)}
      onPickStance={onFilter && ((stance: StanceId) => onFilter('stance', [stance]))}
    />
  )
  const spectrum = (svg?: SvgMode) => (
    <StanceSpectrumChart
      columns={columns}
      labels={labels}
      {...mode('spectrum', svg)}
      onPickActor={pickActor}
      named={named}
      note={notes.spectrum}
    />
  )
  const timelineChart = (svg?: SvgMode) =>
    timeline.kind === 'bins' ? (
      <TimelineBinsChart
        bins={timeline}
        labels={labels}
        note={notes.timeline ?? ''}
        {...mode('timeline', svg)}
      />
    ) : (
      <StatementTimelineChart
        points={timeline.points}
        milestones={times}
        range={range}
        zone={zoneInWords(event.timeZone, event.start)}
        labels={labels}
        {...mode('timeline', svg)}
        onPickActor={pickActor}
      />
    )
  const positions = (svg?: SvgMode) => (
    <PositionsMatrixChart
      actorIds={matrix.actorIds}
      dimensions={dimensionIds}
      cells={matrix.cells}
      labels={labels}
      actorName={actorName}
      {...mode('matrix', svg)}
      onPickDimension={onFilter && ((dimension) => onFilter('dimension', [dimension]))}
      note={notes.matrix}
    />
  )
  const agreementChart = (svg?: SvgMode) => (
    <AgreementChart
      actorIds={agreement.actorIds}
      cells={agreement.cells}
      actorName={actorName}
      {...mode('agreement', svg)}
      onPickPair={onFilter && ((a, b) => onFilter('actor', a === b ? [a] : [a, b]))}
      note={notes.agreement}
    />
  )
  const worldMap = (svg?: SvgMode) =>
    !svg && asTable('map') ? (
      <MapTable entries={mapEntries} labels={labels} />
    ) : (
      <WorldMap
        entries={mapEntries}
        labels={labels}
        region={southCaucasus}
        width={svg?.width}
        onPick={svg ? undefined : pickActor}
      />
    )
  const noActor = input.length === 0 ? 'No actor matches these filters.' : null
  /** What sets each chart apart, computed only for the charts shown (an embed shows one). */
  const details: Record<ChartId, () => ChartDetails> = {
    distribution: () => ({
      draw: distribution,
      empty: noActor,
      subtitle: 'Actors by overall stance, and statements by their own stance, along the scale.',
      hint: hint('Click a bar to filter by that stance.'),
      description: describeDistribution(counts, labels),
      legend: distributionLegend,
    }),
    spectrum: () => ({
      draw: spectrum,
      empty: shapes.reacting === 0 ? 'No reacting actor matches these filters.' : null,
      subtitle: 'The reacting actors on the scale from supporting the operation to condemning it.',
      hint: hint('Click an actor to show only it.'),
      description: describeSpectrum(columns, labels, named),
    }),
    timeline: () => ({
      draw: timelineChart,
      empty:
        (timeline.kind === 'bins' ? timeline.statements : timeline.points.length) === 0
          ? 'No statement matches these filters.'
          : null,
      subtitle:
        timeline.kind === 'bins'
          ? `The statements per ${timeline.unit}, stacked by stance.`
          : 'Each statement against the milestones, in the event’s local time; a hollow diamond where the article gives no day.',
      hint: timeline.kind === 'bins' ? undefined : hint('Click a mark to show only that actor.'),
      description:
        timeline.kind === 'bins'
          ? describeTimelineBins(timeline, labels)
          : describeTimeline(timeline.points, times),
      legend:
        timeline.kind === 'bins'
          ? binsLegend(labels)
          : timelineLegend(
              labels,
              timeline.points.some((point) => point.stance === null),
            ),
    }),
    matrix: () => ({
      draw: positions,
      empty: noActor,
      subtitle: '● took the position, ✕ said the opposite, empty: not said.',
      hint: hint('Click a cell or a heading to filter by that position.'),
      description: describeMatrix(matrix.cells, labels, actorName),
      controls: picker('matrix', matrix.actorIds),
      legend: matrixLegend,
    }),
    agreement: () => ({
      draw: agreementChart,
      empty: noActor,
      subtitle: 'Share of the coded positions two actors hold in common.',
      hint: hint('Click a cell to show only that pair.'),
      description: describeAgreement(agreement.cells, actorName),
      controls: picker('agreement', agreement.actorIds),
      footnote: agreementRule,
    }),
    map: () => ({
      draw: worldMap,
      empty: noActor,
      subtitle: allEvents
        ? 'Across all events, each country coloured by the stance derived for it most often; organisations listed beside the map, the South Caucasus drawn larger.'
        : 'Each country coloured by its derived stance; organisations listed beside the map, the South Caucasus drawn larger.',
      hint: hint(
        'Click a country, or choose one with the arrow keys and press Enter, to show only it.',
      ),
      description: describeMap(mapEntries, labels),
      footnote: notPlacedRule,
    }),
  }
  const grid = (
    <div className="charts-grid">
      {chartIds.filter(show).map((id) => {
        const { draw, ...words } = details[id]()
        return <ChartFrame key={id} {...frame(id, draw)} {...words} chart={draw()} />
      })}
    </div>
  )
  return <YoursInCharts value={yours}>{grid}</YoursInCharts>
}
