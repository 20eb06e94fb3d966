import type { ReactNode } from 'react'
import type { CodebookLabels } from '../../../lib/labels'
import type { Event } from '../../../lib/schemas/event'
import type { ChartId } from '../../../lib/url-state/view-state'
import { dimensionIds, type StanceId } from '../../../lib/vocabulary'
import type { MapRegion } from '../map/map-layout'
import { MapTable } from '../map/map-table'
// The map's drawing code comes with the charts; its boundary data loads on first use (load-world).
// A lazy chunk of its own would list the entry's stylesheet, which the build inlines, as a dependency.
import { WorldMap } from '../map/world-map'
import { milestoneTimes, zoneInWords } from '../shape'
import { namedPerLane, type ChartShapes } from '../shape-charts'
import { AgreementChart } from './agreement-chart'
import type { SvgMode } from './marks'
import { PositionsMatrixChart } from './positions-matrix-chart'
import { StanceDistributionChart } from './stance-distribution-chart'
import { StanceSpectrumChart } from './stance-spectrum-chart'
import { StatementTimelineChart } from './statement-timeline-chart'
import { TimelineBinsChart } from './timeline-bins-chart'

/** Filters the dashboard from a click on a chart. */
export type FilterFromChart = (
  filter: 'stance' | 'actor' | 'dimension',
  values: readonly string[],
) => void

/** What every chart is drawn from. */
export type ChartInput = {
  shapes: ChartShapes
  labels: CodebookLabels
  /** The event: its milestones and days frame the timeline. */
  event: Event
  /** The region the map draws larger: the event's (`regionOf`), none across events. */
  region: MapRegion | null
  actorName: (id: string) => string
  /** The charts the reader chose to see as tables. */
  asTable: (id: ChartId) => boolean
  /** Left out where there is no dashboard to filter (an embed). */
  onFilter: FilterFromChart | undefined
}

/**
 * Each chart as one component: drawn on the page (as itself or its table), and drawn again in its
 * SVG mode for a download.
 */
export function chartDrawings(input: ChartInput) {
  const { shapes, labels, event, region, actorName, asTable, onFilter } = input
  const { counts, columns, timeline, matrix, agreement, notes } = shapes
  const range = {
    start: Date.parse(`${event.start}T00:00:00Z`),
    end: Date.parse(`${event.end}T00:00:00Z`) + 86_400_000,
  }
  const times = milestoneTimes(event.milestones)
  const named = notes.spectrum ? namedPerLane : undefined
  const mode = (id: ChartId, svg?: SvgMode) => ({ asTable: !svg && asTable(id), svg })
  const pickActor = onFilter && ((id: string) => onFilter('actor', [id]))
  const draw: Record<ChartId, (svg?: SvgMode) => ReactNode> = {
    distribution: (svg) => (
      <StanceDistributionChart
        counts={counts}
        labels={labels}
        {...mode('distribution', svg)}
        onPickStance={onFilter && ((stance: StanceId) => onFilter('stance', [stance]))}
      />
    ),
    spectrum: (svg) => (
      <StanceSpectrumChart
        columns={columns}
        labels={labels}
        {...mode('spectrum', svg)}
        onPickActor={pickActor}
        named={named}
        note={notes.spectrum}
      />
    ),
    timeline: (svg) =>
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
      ),
    matrix: (svg) => (
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
    ),
    agreement: (svg) => (
      <AgreementChart
        actorIds={agreement.actorIds}
        cells={agreement.cells}
        actorName={actorName}
        {...mode('agreement', svg)}
        onPickPair={onFilter && ((a, b) => onFilter('actor', a === b ? [a] : [a, b]))}
        note={notes.agreement}
      />
    ),
    map: (svg) =>
      !svg && asTable('map') ? (
        <MapTable entries={shapes.map} labels={labels} />
      ) : (
        <WorldMap
          entries={shapes.map}
          labels={labels}
          region={region}
          width={svg?.width}
          onPick={svg ? undefined : pickActor}
        />
      ),
  }
  return { draw, times, named }
}
