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
  type SpectrumColumn,
} from '../shape'
import { flagSources } from '../../../components/flag'
import type { DrawChart } from '../export/document'
import type { ExportKit } from './chart-downloads'
import { chartTitles } from '../titles'
import { AgreementChart } from './agreement-chart'
import { ChartFrame } from './chart-frame'
import { PositionsMatrixChart } from './positions-matrix-chart'
import { StanceDistributionChart } from './stance-distribution-chart'
import { StanceSpectrumChart } from './stance-spectrum-chart'
import { StatementTimelineChart } from './statement-timeline-chart'

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

function StanceLegend({ labels }: { labels: CodebookLabels }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {stanceIds.map((stance) => (
        <li key={stance}>
          <span
            className="legend-swatch"
            style={{ background: `var(--stance-${stance})` }}
            aria-hidden="true"
          />
          {labels.stance(stance)}
        </li>
      ))}
    </ul>
  )
}

/** The flags the lanes show, by emblem, where there is one. */
const flagsOf = (columns: readonly SpectrumColumn[]) =>
  new Map(
    columns.flatMap((column) =>
      column.actors.flatMap((actor) => {
        const source = flagSources[actor.emblem]
        return source ? [[actor.emblem, source] as const] : []
      }),
    ),
  )

/** The five charts. Loaded lazily: the cards never wait for the chart code. */
export function ChartsPanel(props: ChartsPanelProps) {
  const { input, event, actors, labels, sourceLine, tables, onToggleTable, onFilter } = props
  const asTable = (id: ChartId) => tables.includes(id)
  const show = (id: ChartId) => !props.only || props.only === id
  const { downloads } = props
  // Without a dashboard to filter the charts do not invite clicks.
  const hint = (text: string) => (onFilter ? text : undefined)
  const frame = (
    id: ChartId,
    draw: (kit: ExportKit) => DrawChart | Promise<DrawChart>,
    empty = input.length === 0 ? 'No actor matches these filters.' : null,
  ) => ({
    id: `chart-${id}`,
    asTable: asTable(id),
    onToggleTable: () => onToggleTable(id),
    source: sourceLine,
    exported: downloads && {
      fileName: `${downloads.fileBase}-${id}`,
      filters: downloads.filters,
      empty,
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
  return (
    <div className="charts-grid">
      {show('distribution') && (
        <ChartFrame
          {...frame('distribution', (kit) => kit.drawDistribution(counts, labels))}
          title={chartTitles.distribution}
          subtitle="Actors by overall stance, and statements by their own stance, along the scale."
          hint={hint('Click a bar to filter by that stance.')}
          description={describeDistribution(counts, labels)}
          legend={
            <ul className="chart-legend" aria-label="Legend">
              <li>
                <span className="legend-swatch" aria-hidden="true" /> Actors (solid)
              </li>
              <li>
                <span className="legend-swatch legend-light" aria-hidden="true" /> Statements
                (light)
              </li>
            </ul>
          }
          chart={
            <StanceDistributionChart
              counts={counts}
              labels={labels}
              asTable={asTable('distribution')}
              onPickStance={onFilter && ((stance: StanceId) => onFilter('stance', [stance]))}
            />
          }
        />
      )}
      {show('spectrum') && (
        <ChartFrame
          {...frame(
            'spectrum',
            async (kit) =>
              kit.drawSpectrum(columns, labels, await kit.inlineImages(flagsOf(columns))),
            reacting.length === 0 ? 'No reacting actor matches these filters.' : null,
          )}
          title={chartTitles.spectrum}
          subtitle="The reacting actors on the scale from supporting the operation to condemning it."
          hint={hint('Click an actor to show only it.')}
          description={describeSpectrum(columns, labels)}
          chart={
            <StanceSpectrumChart
              columns={columns}
              labels={labels}
              asTable={asTable('spectrum')}
              onPickActor={onFilter && ((id) => onFilter('actor', [id]))}
            />
          }
        />
      )}
      {show('timeline') && (
        <ChartFrame
          {...frame(
            'timeline',
            (kit) => kit.drawTimeline(points, times, range, labels),
            points.length === 0 ? 'No statement matches these filters.' : null,
          )}
          title={chartTitles.timeline}
          subtitle="Each statement against the milestones; a hollow diamond where the article gives no day."
          hint={hint('Click a mark to show only that actor.')}
          description={describeTimeline(points, times)}
          legend={<StanceLegend labels={labels} />}
          chart={
            <StatementTimelineChart
              points={points}
              milestones={times}
              range={range}
              labels={labels}
              asTable={asTable('timeline')}
              onPickActor={onFilter && ((id) => onFilter('actor', [id]))}
            />
          }
        />
      )}
      {show('matrix') && (
        <ChartFrame
          {...frame('matrix', (kit) =>
            kit.drawMatrix(actorIds, dimensions, matrix, labels, actorName),
          )}
          title={chartTitles.matrix}
          subtitle="● took the position, ✕ said the opposite, empty: not said."
          hint={hint('Click a cell or a heading to filter by that position.')}
          description={describeMatrix(matrix, labels, actorName)}
          chart={
            <PositionsMatrixChart
              actorIds={actorIds}
              dimensions={dimensions}
              cells={matrix}
              labels={labels}
              actorName={actorName}
              asTable={asTable('matrix')}
              onPickDimension={onFilter && ((dimension) => onFilter('dimension', [dimension]))}
            />
          }
        />
      )}
      {show('agreement') && (
        <ChartFrame
          {...frame('agreement', (kit) => kit.drawAgreement(actorIds, agreement, actorName))}
          title={chartTitles.agreement}
          subtitle="Share of the coded positions two actors hold in common."
          hint={hint('Click a cell to show only that pair.')}
          description={describeAgreement(agreement, actorName)}
          footnote={agreementRule}
          chart={
            <AgreementChart
              actorIds={actorIds}
              cells={agreement}
              actorName={actorName}
              asTable={asTable('agreement')}
              onPickPair={onFilter && ((a, b) => onFilter('actor', a === b ? [a] : [a, b]))}
            />
          }
        />
      )}
    </div>
  )
}
