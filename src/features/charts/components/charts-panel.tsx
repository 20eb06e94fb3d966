import {
  dimensionIds,
  stanceIds,
  type DimensionId,
  type StanceId,
} from '../../../lib/schemas/codebook'
import type { CodebookLabels } from '../../../lib/labels'
import type { Milestone } from '../../../lib/schemas/event'
import type { ChartId } from '../../../lib/url-state/filter-state'
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
  type ChartInput,
} from '../shape'
import { AgreementChart } from './agreement-chart'
import { ChartFrame } from './chart-frame'
import { PositionsMatrixChart } from './positions-matrix-chart'
import { StanceDistributionChart } from './stance-distribution-chart'
import { StanceSpectrumChart } from './stance-spectrum-chart'
import { StatementTimelineChart } from './statement-timeline-chart'

export type ChartsPanelProps = {
  input: ChartInput
  milestones: readonly Milestone[]
  eventDays: { start: string; end: string }
  labels: CodebookLabels
  actorName: (id: string) => string
  sourceLine: string
  tables: readonly ChartId[]
  onToggleTable: (chart: ChartId) => void
  onFilter: (filter: 'stance' | 'actor' | 'dimension', values: readonly string[]) => void
  /** Show just this chart (an embed). */
  only?: ChartId
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

/** The five charts. Loaded lazily: the cards never wait for the chart code. */
export function ChartsPanel(props: ChartsPanelProps) {
  const {
    input,
    milestones,
    eventDays,
    labels,
    actorName,
    sourceLine,
    tables,
    onToggleTable,
    onFilter,
  } = props
  const asTable = (id: ChartId) => tables.includes(id)
  const show = (id: ChartId) => !props.only || props.only === id
  const frame = (id: ChartId) => ({
    id: `chart-${id}`,
    asTable: asTable(id),
    onToggleTable: () => onToggleTable(id),
    source: sourceLine,
  })
  const reacting = input.filter((row) => !row.actor.isParty)
  const actorIds = input.map((row) => row.actor.id)
  const counts = stanceDistribution(input)
  const columns = stanceSpectrum(reacting)
  const points = timelinePoints(input)
  const times = milestoneTimes(milestones)
  const dimensions: readonly DimensionId[] = dimensionIds
  const matrix = positionsMatrix(input, dimensions)
  const agreement = agreementMatrix(input, dimensions)
  return (
    <div className="charts-grid">
      {show('distribution') && (
        <ChartFrame
          {...frame('distribution')}
          title="How many take each stance"
          subtitle="Actors by overall stance, and statements by their own stance, along the scale. Click a bar to filter by that stance."
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
              onPickStance={(stance: StanceId) => onFilter('stance', [stance])}
            />
          }
        />
      )}
      {show('spectrum') && (
        <ChartFrame
          {...frame('spectrum')}
          title="Where each actor stands"
          subtitle="The reacting actors on the scale from supporting the operation to condemning it. Click an actor to show only it."
          description={describeSpectrum(columns, labels)}
          chart={
            <StanceSpectrumChart
              columns={columns}
              labels={labels}
              asTable={asTable('spectrum')}
              onPickActor={(id) => onFilter('actor', [id])}
            />
          }
        />
      )}
      {show('timeline') && (
        <ChartFrame
          {...frame('timeline')}
          title="Statements over time"
          subtitle="Each statement against the milestones; a hollow diamond where the article gives no day. Click a mark to show only that actor."
          description={describeTimeline(points, times)}
          legend={<StanceLegend labels={labels} />}
          chart={
            <StatementTimelineChart
              points={points}
              milestones={times}
              range={{
                start: Date.parse(`${eventDays.start}T00:00:00Z`),
                end: Date.parse(`${eventDays.end}T00:00:00Z`) + 86_400_000,
              }}
              labels={labels}
              asTable={asTable('timeline')}
              onPickActor={(id) => onFilter('actor', [id])}
            />
          }
        />
      )}
      {show('matrix') && (
        <ChartFrame
          {...frame('matrix')}
          title="Who took which position"
          subtitle="● took the position, ✕ said the opposite, empty: not said. Click a cell or a heading to filter by that position."
          description={describeMatrix(matrix, labels, actorName)}
          chart={
            <PositionsMatrixChart
              actorIds={actorIds}
              dimensions={dimensions}
              cells={matrix}
              labels={labels}
              actorName={actorName}
              asTable={asTable('matrix')}
              onPickDimension={(dimension) => onFilter('dimension', [dimension])}
            />
          }
        />
      )}
      {show('agreement') && (
        <ChartFrame
          {...frame('agreement')}
          title="How far each pair agrees"
          subtitle="Share of the coded positions two actors hold in common. Click a cell to show only that pair."
          description={describeAgreement(agreement, actorName)}
          footnote={agreementRule}
          chart={
            <AgreementChart
              actorIds={actorIds}
              cells={agreement}
              actorName={actorName}
              asTable={asTable('agreement')}
              onPickPair={(a, b) => onFilter('actor', a === b ? [a] : [a, b])}
            />
          }
        />
      )}
    </div>
  )
}
