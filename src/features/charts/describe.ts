import { basedOnNote, stanceSummaryLabel } from '../../lib/codebook/stance-label'
import type { EventTerms } from '../../lib/codebook/event-terms'
import type { CodebookLabels } from '../../lib/labels'
import type {
  AgreementCell,
  MatrixCell,
  PlacedActor,
  SpectrumColumn,
  StanceCategory,
  StanceCount,
  TimelinePoint,
} from './shape'
import { binLabel, binStances, type BinStance, type TimelineBins } from './scale'
import { countOf, formatCount } from '../../lib/format'

const list = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`
/** An agreement score as the charts print it: `67%`, or a dash where there is no score. */
export const percent = (score: number | null) =>
  score === null ? '–' : `${Math.round(score * 100)}%`

/** A stance category's name on a chart's axis, lane or row. */
export const categoryLabel = (category: StanceCategory, labels: CodebookLabels) =>
  category === 'mixed' ? 'Mixed' : labels.stance(category)

/**
 * An actor's stance as a chart's table or tooltip names it: its range where mixed, and "based on 1
 * statement" where it rests on one.
 */
export function placedStanceLabel(actor: PlacedActor, labels: CodebookLabels): string {
  const note = basedOnNote(actor.summary)
  return `${stanceSummaryLabel(actor.summary, labels)}${note ? ` (${note})` : ''}`
}

// Each function turns a chart's numbers into sentences a screen reader reads and a report can reuse.

export function describeDistribution(
  counts: readonly StanceCount[],
  labels: CodebookLabels,
): string {
  const actors = counts.reduce((total, count) => total + count.actors, 0)
  if (actors === 0) return 'No actor shown is placed on the stance scale.'
  // A label is named with a colon, never in quotation marks, which are kept for a source's words.
  const parts = counts
    .filter((count) => count.actors > 0)
    .map((count) => `${categoryLabel(count.stance, labels)}: ${count.actors}`)
  const statements = counts.reduce((total, count) => total + (count.statements ?? 0), 0)
  return `The ${countOf(actors, 'actor')} placed on the scale, by overall stance. ${parts.join('; ')}. ${countOf(statements, 'statement')} express a stance.`
}

export function describeSpectrum(
  columns: readonly SpectrumColumn[],
  labels: CodebookLabels,
  /** At scale: name this many actors per lane and count the rest. */
  named?: number,
): string {
  const parts = columns
    .filter((column) => column.actors.length > 0)
    .map((column) => {
      const shown = named === undefined ? column.actors : column.actors.slice(0, named)
      const more = column.actors.length - shown.length
      // A mixed actor is named with its range, so the lane never reads as a fifth stance.
      const names = shown.map((actor) => {
        const range = actor.summary.range
        return range
          ? `${actor.shortName} (${labels.stance(range.from)} – ${labels.stance(range.to)})`
          : actor.shortName
      })
      if (more === 0) return `${categoryLabel(column.stance, labels)}: ${list(names)}`
      return `${categoryLabel(column.stance, labels)}: ${countOf(column.actors.length, 'actor')}, among them ${names.join(', ')} and ${formatCount(more)} more`
    })
  return parts.length === 0
    ? 'No actor shown is placed on the scale.'
    : `From supporting ${labels.terms.action} to condemning it. ${parts.join('. ')}.`
}

export function describeTimeline(
  points: readonly TimelinePoint[],
  milestones: readonly { label: string }[],
  /** The event's words: a statement dated to no one day is dated to the days of its action. */
  terms: EventTerms,
): string {
  if (points.length === 0) return 'No statement matches the filters.'
  const precise = points.filter((point) => point.precise)
  const days = [...new Set(precise.map((point) => point.day))]
  const dated = days.length > 0 ? ` (${list(days)})` : ''
  return `${countOf(points.length, 'statement')}: ${precise.length} dated to a day${dated}, ${
    points.length - precise.length
  } only to the days of ${terms.action}. Milestones: ${list(milestones.map((milestone) => milestone.label))}.`
}

/** The binned timeline in words: the span, the busiest bin, and the statements by stance. */
export function describeTimelineBins(bins: TimelineBins, labels: CodebookLabels): string {
  const [first] = bins.bins
  const last = bins.bins.at(-1)
  if (!first || !last) return 'No statement matches the filters.'
  let busiest = first
  const byStance = new Map<BinStance, number>()
  for (const bin of bins.bins) {
    if (bin.total > busiest.total) busiest = bin
    for (const stance of binStances)
      byStance.set(stance, (byStance.get(stance) ?? 0) + bin.counts[stance])
  }
  const stances = binStances
    .filter((stance) => (byStance.get(stance) ?? 0) > 0)
    .map(
      (stance) =>
        `${stance === 'none' ? 'No stance' : labels.stance(stance)}: ${formatCount(byStance.get(stance) ?? 0)}`,
    )
  return `${countOf(bins.statements, 'statement')} from ${first.start} to ${last.end}, counted per ${bins.unit}. The busiest ${bins.unit}, ${binLabel(busiest, bins.unit)}, has ${countOf(busiest.total, 'statement')}. By stance: ${stances.join('; ')}.`
}

export function describeMatrix(
  cells: readonly MatrixCell[],
  labels: CodebookLabels,
  actorName: (id: string) => string,
): string {
  const dimensions = [...new Set(cells.map((cell) => cell.dimension))]
  const parts = dimensions.map((dimension) => {
    const takers = cells.filter((cell) => cell.dimension === dimension && cell.value === 'takes')
    return `${labels.dimension(dimension)}: ${takers.length === 0 ? 'no one' : list(takers.map((cell) => actorName(cell.actorId)))}`
  })
  return parts.length === 0 ? 'No actor matches the filters.' : `${parts.join('. ')}.`
}

/** Pairs as a person lists them: the first few by name, then how many other pairs. */
function pairList(pairs: readonly string[], shown = 3): string {
  if (pairs.length <= shown + 1) return list(pairs)
  const rest = pairs.length - shown
  return `${pairs.slice(0, shown).join(', ')} and ${countOf(rest, 'other pair')}`
}

export function describeAgreement(
  cells: readonly AgreementCell[],
  actorName: (id: string) => string,
): string {
  const pairs = cells.filter((cell) => cell.a < cell.b && cell.score !== null)
  if (pairs.length === 0) return 'Fewer than two actors with coded positions are shown.'
  // "and" joins the two actors of a pair; pairs are told apart by commas.
  const name = (cell: AgreementCell) => `${actorName(cell.a)} with ${actorName(cell.b)}`
  const [only] = pairs
  if (only && pairs.length === 1)
    return `${actorName(only.a)} and ${actorName(only.b)} agree on ${percent(only.score)} of the positions either took (${only.shared} of ${countOf(only.considered, 'dimension')}).`
  const best = Math.max(...pairs.map((cell) => cell.score ?? 0))
  const worst = Math.min(...pairs.map((cell) => cell.score ?? 0))
  const closest = pairs.filter((cell) => cell.score === best).map(name)
  const furthest = pairs.filter((cell) => cell.score === worst).map(name)
  if (best === worst)
    return `Every pair shown agrees on ${percent(best)} of the positions either took.`
  return `Closest (${percent(best)}): ${pairList(closest)}. Furthest apart (${percent(worst)}): ${pairList(furthest)}.`
}
