import { stanceIds, type StanceId } from '../../lib/schemas/codebook'
import type { ActorResult } from '../../lib/statements/apply-filters'

/**
 * Past these a chart stops drawing one mark per thing and aggregates, and says so: more marks
 * than this would hide each other, and drawing them would stall the page.
 */
export const chartLimits = { timelineMarks: 200, actorsInView: 15, spectrumActors: 40 } as const

const plural = (count: number, word: string) =>
  `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`

/** A statement's place in a bin's counts: its stance, or `none` when it expresses none. */
export type BinStance = StanceId | 'none'
export const binStances: readonly BinStance[] = [...stanceIds, 'none']

export type BinUnit = 'day' | 'week'
export type TimelineBin = {
  /** The bin's first and last day (ISO). */
  start: string
  end: string
  counts: Record<BinStance, number>
  total: number
}
export type TimelineBins = { unit: BinUnit; bins: TimelineBin[]; statements: number }

const dayMs = 86_400_000
// Days since 1970-01-01, a Thursday: adding 3 makes weeks start on Monday.
const weekOf = (day: number) => Math.floor((day + 3) / 7)
const isoOf = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10)
// Up to about two months a bar per day stays readable; past that, a bar per week.
const dayBinsUpTo = 62

/**
 * Statements counted per day or per week and per stance, in one pass: a statement the article
 * dates only to a range is counted on the range's middle day. Empty bins between the first and the
 * last are kept, so the bars stand on an even time axis.
 */
export function timelineBins(input: readonly ActorResult[]): TimelineBins {
  // Few distinct days recur across many statements: each is parsed once.
  const dayNumbers = new Map<string, number>()
  const dayNumber = (iso: string) => {
    let day = dayNumbers.get(iso)
    if (day === undefined) {
      day = Math.round(Date.parse(`${iso}T00:00:00Z`) / dayMs)
      dayNumbers.set(iso, day)
    }
    return day
  }
  const days: number[] = []
  const stances: BinStance[] = []
  let first = Infinity
  let last = -Infinity
  for (const row of input)
    for (const statement of row.statements) {
      const { earliest, latest } = statement.date
      const day = Math.floor((dayNumber(earliest) + dayNumber(latest)) / 2)
      days.push(day)
      stances.push(statement.stance ?? 'none')
      if (day < first) first = day
      if (day > last) last = day
    }
  if (days.length === 0) return { unit: 'day', bins: [], statements: 0 }
  const unit: BinUnit = last - first < dayBinsUpTo ? 'day' : 'week'
  const binOf = unit === 'day' ? (day: number) => day : weekOf
  const firstBin = binOf(first)
  const bins: TimelineBin[] = Array.from({ length: binOf(last) - firstBin + 1 }, (_, index) => {
    const start = unit === 'day' ? first + index : (firstBin + index) * 7 - 3
    return {
      start: isoOf(start),
      end: isoOf(unit === 'day' ? start : start + 6),
      counts: { supports: 0, 'calls-on-all-sides': 0, 'urges-halt': 0, condemns: 0, none: 0 },
      total: 0,
    }
  })
  days.forEach((day, index) => {
    const bin = bins[binOf(day) - firstBin]
    const stance = stances[index]
    if (!bin || !stance) return
    bin.counts[stance] += 1
    bin.total += 1
  })
  return { unit, bins, statements: days.length }
}

/** A bin as a person names it: the day, or the week by its first day. */
export const binLabel = (bin: TimelineBin, unit: BinUnit) =>
  unit === 'day' ? bin.start : `Week of ${bin.start}`

/** Why the timeline shows bars and not marks, in the caption, description, table and download. */
export const timelineNote = (bins: TimelineBins) =>
  `Aggregated: ${plural(bins.statements, 'statement')} are more than the ${chartLimits.timelineMarks} the chart draws one by one, so each bar counts the statements of a ${bins.unit}, by stance.`

/**
 * The actors by how many matching statements each has, most first (then in the dataset's order):
 * one count per actor, then a sort of the actors, never of their statements.
 */
export function actorsByStatements(input: readonly ActorResult[]): ActorResult[] {
  return [...input].sort(
    (a, b) => b.statements.length - a.statements.length || a.actor.order - b.actor.order,
  )
}

/**
 * The actors a grid chart draws: the ones chosen, or else the `limit` with the most statements;
 * every actor while there are no more than the limit, so a small dataset looks as it always has.
 */
export function actorsInView(
  input: readonly ActorResult[],
  chosen: readonly string[] | null,
  limit: number = chartLimits.actorsInView,
): { rows: readonly ActorResult[]; limited: boolean; chosen: boolean } {
  if (chosen) {
    const picked = new Set(chosen)
    const rows = input.filter((row) => picked.has(row.actor.id))
    return { rows, limited: rows.length < input.length, chosen: true }
  }
  if (input.length <= limit) return { rows: input, limited: false, chosen: false }
  const top = new Set(actorsByStatements(input).slice(0, limit))
  // Kept in the dataset's order, as every chart lists actors.
  return { rows: input.filter((row) => top.has(row)), limited: true, chosen: false }
}

/** Why a grid chart shows only some actors, or null when it shows every one. */
export function actorsInViewNote(
  view: { rows: readonly ActorResult[]; limited: boolean; chosen: boolean },
  total: number,
): string | null {
  if (!view.limited) return null
  const which = view.chosen
    ? `the ${plural(view.rows.length, 'actor')} chosen`
    : `the ${view.rows.length} with the most statements`
  return `Limited: ${which}, of ${plural(total, 'actor')} matching the filters. Choose others under Actors shown.`
}

/** Why the spectrum counts its lanes rather than naming everyone, or null when it names all. */
export const spectrumNote = (actors: number, named: number) =>
  actors > chartLimits.spectrumActors
    ? `Grouped: ${plural(actors, 'actor')} are more than the ${chartLimits.spectrumActors} the scale names one by one, so each lane counts its actors and names the ${named} with the most statements; the table lists every actor.`
    : null
