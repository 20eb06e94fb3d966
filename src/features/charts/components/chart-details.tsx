import type { ReactNode } from 'react'
import type { CodebookLabels } from '../../../lib/labels'
import type { ChartId } from '../../../lib/url-state/view-state'
import { stanceIds } from '../../../lib/vocabulary'
import {
  describeAgreement,
  describeDistribution,
  describeMatrix,
  describeSpectrum,
  describeTimeline,
  describeTimelineBins,
} from '../describe'
import { describeMap } from '../map/describe-map'
import { notPlacedRule } from '../map/shape-map'
import { agreementRule } from '../shape'
import type { ChartsRequest } from '../shape-charts'
import { chartDrawings, type ChartInput } from './chart-drawings'
import { colors, type LegendItem, type SvgMode } from './marks'
import { matrixLegend } from './positions-matrix-chart'
import { distributionLegend } from './stance-distribution-chart'
import { binsLegend } from './timeline-bins-chart'

/** What sets one chart's frame apart from the others'. */
export type ChartDetails = {
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

/**
 * What sets each chart apart, each computed only when asked for: only the charts shown are (an
 * embed shows one).
 */
export function chartDetails(
  input: ChartInput & {
    /** The view spans every event: the map colours each country by its most frequent stance. */
    allEvents: boolean
    /** No actor matches the filters. */
    noActor: boolean
    /** The actor picker of a grid chart, when it is offered. */
    picker: (chart: keyof ChartsRequest['chosen'], shown: readonly string[]) => ReactNode
  },
): Record<ChartId, () => ChartDetails> {
  const { shapes, labels, actorName, onFilter, allEvents, region, picker } = input
  const { counts, columns, timeline, matrix, agreement } = shapes
  const { draw, times, named } = chartDrawings(input)
  // Without a dashboard to filter the charts do not invite clicks.
  const hint = (text: string) => (onFilter ? text : undefined)
  const noActor = input.noActor ? 'No actor matches these filters.' : null
  return {
    distribution: () => ({
      draw: draw.distribution,
      empty: noActor,
      subtitle: 'Actors by overall stance, and statements by their own stance, along the scale.',
      hint: hint(
        'Click a bar, or choose one with the arrow keys and press Enter, to filter by that stance.',
      ),
      description: describeDistribution(counts, labels),
      legend: distributionLegend,
    }),
    spectrum: () => ({
      draw: draw.spectrum,
      empty: shapes.reacting === 0 ? 'No reacting actor matches these filters.' : null,
      subtitle: `The reacting actors on the scale from supporting ${labels.terms.action} to condemning it.`,
      hint: hint(
        'Click an actor, or choose one with the arrow keys and press Enter, to show only it.',
      ),
      description: describeSpectrum(columns, labels, named),
    }),
    timeline: () => ({
      draw: draw.timeline,
      empty:
        (timeline.kind === 'bins' ? timeline.statements : timeline.points.length) === 0
          ? 'No statement matches these filters.'
          : null,
      subtitle:
        timeline.kind === 'bins'
          ? `The statements per ${timeline.unit}, stacked by stance.`
          : 'Each statement against the milestones, in the event’s local time; a hollow diamond where the article gives no day.',
      hint:
        timeline.kind === 'bins'
          ? undefined
          : hint(
              'Click a mark, or choose one with the arrow keys and press Enter, to show only that actor.',
            ),
      description:
        timeline.kind === 'bins'
          ? describeTimelineBins(timeline, labels)
          : describeTimeline(timeline.points, times, labels.terms),
      legend:
        timeline.kind === 'bins'
          ? binsLegend(labels)
          : timelineLegend(
              labels,
              timeline.points.some((point) => point.stance === null),
            ),
    }),
    matrix: () => ({
      draw: draw.matrix,
      empty: noActor,
      subtitle: '● took the position, ✕ said the opposite, empty: not said.',
      hint: hint('Click a cell or a heading to filter by that position.'),
      description: describeMatrix(matrix.cells, labels, actorName),
      controls: picker('matrix', matrix.actorIds),
      legend: matrixLegend,
    }),
    agreement: () => ({
      draw: draw.agreement,
      empty: noActor,
      subtitle: 'Share of the coded positions two actors hold in common.',
      hint: hint('Click a cell to show only that pair.'),
      description: describeAgreement(agreement.cells, actorName),
      controls: picker('agreement', agreement.actorIds),
      footnote: agreementRule,
    }),
    map: () => ({
      draw: draw.map,
      empty: noActor,
      subtitle: `${
        allEvents
          ? 'Across all events, each country coloured by the stance derived for it most often'
          : 'Each country coloured by its derived stance'
      }; organisations listed beside the map${region ? `, the ${region.label} drawn larger` : ''}.`,
      hint: hint(
        'Click a country, or choose one with the arrow keys and press Enter, to show only it.',
      ),
      description: describeMap(shapes.map, labels),
      footnote: notPlacedRule(labels.terms),
    }),
  }
}
