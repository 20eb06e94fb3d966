import {
  dimensionIds,
  stanceIds,
  type DimensionId,
  type StanceId,
} from '../../../lib/schemas/codebook'
import type { CodebookLabels } from '../../../lib/labels'
import type { Actor } from '../../../lib/schemas/actor'
import type { Event } from '../../../lib/schemas/event'
import type { ActorResult } from '../../../lib/statements/apply-filters'
import type { ChartId } from '../../../lib/url-state/view-state'
import {
  describeAgreement,
  describeDistribution,
  describeMatrix,
  describeSpectrum,
  describeTimeline,
} from '../describe'
import {
  agreementMatrix,
  agreementRule,
  milestoneTimes,
  positionsMatrix,
  stanceDistribution,
  stanceSpectrum,
  timelinePoints,
  zoneInWords,
} from '../shape'
import type { ReactNode } from 'react'
import { colors, type LegendItem, type SvgMode } from './marks'
import { chartTitles } from '../titles'
import { AgreementChart } from './agreement-chart'
import { ChartFrame } from './chart-frame'
import { matrixLegend, PositionsMatrixChart } from './positions-matrix-chart'
import { distributionLegend, StanceDistributionChart } from './stance-distribution-chart'
import { StanceSpectrumChart } from './stance-spectrum-chart'
import { StatementTimelineChart } from './statement-timeline-chart'
import { describeMap } from '../map/describe-map'
import { southCaucasus } from '../map/map-layout'
import { MapTable } from '../map/map-table'
import { notPlacedRule, shapeMap } from '../map/shape-map'
// The map's drawing code comes with the charts; its boundary data loads on first use (load-world).
// A lazy chunk of its own would list the entry's stylesheet, which the build inlines, as a dependency.
import { WorldMap } from '../map/world-map'

export type ChartsPanelProps = {
  input: readonly ActorResult[]
  /** The event: its milestones and days frame the timeline. */
  event: Event
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

/** The six charts. Loaded lazily: the cards never wait for the chart code. */
export function ChartsPanel(props: ChartsPanelProps) {
  const { input, event, actors, labels, sourceLine, tables, onToggleTable, onFilter } = props
  const asTable = (id: ChartId) => tables.includes(id)
  const show = (id: ChartId) => !props.only || props.only === id
  const { downloads } = props
  // Without a dashboard to filter the charts do not invite clicks.
  const hint = (text: string) => (onFilter ? text : undefined)
  /** What every chart's frame takes; `draw` is the chart again, in its SVG mode, for downloads. */
  const frame = (
    id: ChartId,
    draw: (svg: SvgMode) => ReactNode,
    empty = input.length === 0 ? 'No actor matches these filters.' : null,
  ) => ({
    id: `chart-${id}`,
    asTable: asTable(id),
    onToggleTable: () => onToggleTable(id),
    source: sourceLine,
    empty,
    exported: downloads && {
      fileName: `${downloads.fileBase}-${id}`,
      filters: downloads.filters,
      draw,
    },
  })
  const actorName = (id: string) => actors.find((actor) => actor.id === id)?.shortName ?? id
  const range = {
    start: Date.parse(`${event.start}T00:00:00Z`),
    end: Date.parse(`${event.end}T00:00:00Z`) + 86_400_000,
  }
  const reacting = input.filter((row) => !row.actor.isParty)
  const actorIds = input.map((row) => row.actor.id)
  const counts = stanceDistribution(input)
  const columns = stanceSpectrum(reacting)
  const points = timelinePoints(input)
  const times = milestoneTimes(event.milestones)
  const dimensions: readonly DimensionId[] = dimensionIds
  const matrix = positionsMatrix(input, dimensions)
  const agreement = agreementMatrix(input, dimensions)
  const mapEntries = shapeMap(input)
  // Each chart is one component: drawn on the page, and drawn again in its SVG mode for a download.
  const distribution = (svg?: SvgMode) => (
    <StanceDistributionChart
      counts={counts}
      labels={labels}
      asTable={!svg && asTable('distribution')}
      onPickStance={onFilter && ((stance: StanceId) => onFilter('stance', [stance]))}
      svg={svg}
    />
  )
  const spectrum = (svg?: SvgMode) => (
    <StanceSpectrumChart
      columns={columns}
      labels={labels}
      asTable={!svg && asTable('spectrum')}
      onPickActor={onFilter && ((id) => onFilter('actor', [id]))}
      svg={svg}
    />
  )
  const timeline = (svg?: SvgMode) => (
    <StatementTimelineChart
      points={points}
      milestones={times}
      range={range}
      zone={zoneInWords(event.timeZone, event.start)}
      labels={labels}
      asTable={!svg && asTable('timeline')}
      onPickActor={onFilter && ((id) => onFilter('actor', [id]))}
      svg={svg}
    />
  )
  const positions = (svg?: SvgMode) => (
    <PositionsMatrixChart
      actorIds={actorIds}
      dimensions={dimensions}
      cells={matrix}
      labels={labels}
      actorName={actorName}
      asTable={!svg && asTable('matrix')}
      onPickDimension={onFilter && ((dimension) => onFilter('dimension', [dimension]))}
      svg={svg}
    />
  )
  const agreementChart = (svg?: SvgMode) => (
    <AgreementChart
      actorIds={actorIds}
      cells={agreement}
      actorName={actorName}
      asTable={!svg && asTable('agreement')}
      onPickPair={onFilter && ((a, b) => onFilter('actor', a === b ? [a] : [a, b]))}
      svg={svg}
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
        onPick={!svg && onFilter ? (id) => onFilter('actor', [id]) : undefined}
      />
    )
  return (
    <div className="charts-grid">
      {show('distribution') && (
        <ChartFrame
          {...frame('distribution', distribution)}
          title={chartTitles.distribution}
          subtitle="Actors by overall stance, and statements by their own stance, along the scale."
          hint={hint('Click a bar to filter by that stance.')}
          description={describeDistribution(counts, labels)}
          legend={distributionLegend}
          chart={distribution()}
        />
      )}
      {show('spectrum') && (
        <ChartFrame
          {...frame(
            'spectrum',
            spectrum,
            reacting.length === 0 ? 'No reacting actor matches these filters.' : null,
          )}
          title={chartTitles.spectrum}
          subtitle="The reacting actors on the scale from supporting the operation to condemning it."
          hint={hint('Click an actor to show only it.')}
          description={describeSpectrum(columns, labels)}
          chart={spectrum()}
        />
      )}
      {show('timeline') && (
        <ChartFrame
          {...frame(
            'timeline',
            timeline,
            points.length === 0 ? 'No statement matches these filters.' : null,
          )}
          title={chartTitles.timeline}
          subtitle="Each statement against the milestones, in the event’s local time; a hollow diamond where the article gives no day."
          hint={hint('Click a mark to show only that actor.')}
          description={describeTimeline(points, times)}
          legend={timelineLegend(
            labels,
            points.some((point) => point.stance === null),
          )}
          chart={timeline()}
        />
      )}
      {show('matrix') && (
        <ChartFrame
          {...frame('matrix', positions)}
          title={chartTitles.matrix}
          subtitle="● took the position, ✕ said the opposite, empty: not said."
          hint={hint('Click a cell or a heading to filter by that position.')}
          description={describeMatrix(matrix, labels, actorName)}
          legend={matrixLegend}
          chart={positions()}
        />
      )}
      {show('agreement') && (
        <ChartFrame
          {...frame('agreement', agreementChart)}
          title={chartTitles.agreement}
          subtitle="Share of the coded positions two actors hold in common."
          hint={hint('Click a cell to show only that pair.')}
          description={describeAgreement(agreement, actorName)}
          footnote={agreementRule}
          chart={agreementChart()}
        />
      )}
      {show('map') && (
        <ChartFrame
          {...frame('map', worldMap)}
          title={chartTitles.map}
          subtitle="Each country coloured by its derived stance; organisations listed beside the map, the South Caucasus drawn larger."
          hint={hint(
            'Click a country, or choose one with the arrow keys and press Enter, to show only it.',
          )}
          description={describeMap(mapEntries, labels)}
          footnote={notPlacedRule}
          chart={worldMap()}
        />
      )}
    </div>
  )
}
