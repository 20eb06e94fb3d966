import { stanceIds, type StanceId } from '../../lib/vocabulary'
import type { ActorResult } from '../../lib/statements/actor-results'
import { countOf, formatCount } from '../../lib/format'

/**
 * Past these a chart stops drawing one mark per thing and aggregates, and says so: more marks
 * than this would hide each other, and drawing them would stall the page.
 */
export const chartLimits = { timelineMarks: 200, actorsInView: 15, spectrumActors: 40 } as const

/** A statement's place in a bin's counts: its stance, or `none` when it expresses none. */
export type BinStance = StanceId | 'none'
/** In the order of the slots below: the scale, then no stance. */
export const binStances: readonly BinStance[] = [...stanceIds, 'none']

const stanceSlot: Record<StanceId, number> = {
  supports: 0,
  'calls-on-all-sides': 1,
  'urges-halt': 2,
  condemns: 3,
}
const noneSlot = 4

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
const digits = (text: string, from: number, to: number) => {
  let value = 0
  for (let at = from; at < to; at += 1) value = value * 10 + text.charCodeAt(at) - 48
  return value
}
/**
 * Days since 1970-01-01 of an ISO day (`YYYY-MM-DD`), read from its digits: at 100,000 statements
 * parsing a date, or looking one up, costs more than all the counting.
 */
export function dayNumber(iso: string): number {
  const month = digits(iso, 5, 7)
  const year = digits(iso, 0, 4) - (month <= 2 ? 1 : 0)
  // The civil-from-days algorithm (Howard Hinnant's), run backwards: eras of 400 years.
  const era = Math.floor(year / 400)
  const yearOfEra = year - era * 400
  const dayOfYear =
    Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digits(iso, 8, 10) - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}
const isoOf = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10)
// Up to about two months a bar per day stays readable; past that, a bar per week.
const dayBinsUpTo = 62

/**
 * Statements counted per day or per week and per stance, in one pass: a statement the article
 * dates only to a range is counted on the range's middle day. Empty bins between the first and the
 * last are kept, so the bars stand on an even time axis.
 */
export function timelineBins(input: readonly ActorResult[]): TimelineBins {
  let total = 0
  for (const row of input) total += row.statements.length
  if (total === 0) return { unit: 'day', bins: [], statements: 0 }
  // Typed arrays: at 100,000 statements an object per statement is most of the cost.
  const days = new Int32Array(total)
  const stances = new Uint8Array(total)
  let first = Infinity
  let last = -Infinity
  let index = 0
  for (const row of input)
    for (const statement of row.statements) {
      const { earliest, latest } = statement.date
      const start = dayNumber(earliest)
      const day = earliest === latest ? start : Math.floor((start + dayNumber(latest)) / 2)
      days[index] = day
      stances[index] = statement.stance ? stanceSlot[statement.stance] : noneSlot
      index += 1
      if (day < first) first = day
      if (day > last) last = day
    }
  const unit: BinUnit = last - first < dayBinsUpTo ? 'day' : 'week'
  const binOf = unit === 'day' ? (day: number) => day : weekOf
  const firstBin = binOf(first)
  const binCount = binOf(last) - firstBin + 1
  const counts = new Int32Array(binCount * binStances.length)
  for (let at = 0; at < total; at += 1) {
    const slot =
      (binOf(days[at] ?? first) - firstBin) * binStances.length + (stances[at] ?? noneSlot)
    counts[slot] = (counts[slot] ?? 0) + 1
  }
  const bins: TimelineBin[] = Array.from({ length: binCount }, (_, bin) => {
    const start = unit === 'day' ? first + bin : (firstBin + bin) * 7 - 3
    const of = (slot: number) => counts[bin * binStances.length + slot] ?? 0
    const byStance = {
      supports: of(stanceSlot.supports),
      'calls-on-all-sides': of(stanceSlot['calls-on-all-sides']),
      'urges-halt': of(stanceSlot['urges-halt']),
      condemns: of(stanceSlot.condemns),
      none: of(noneSlot),
    }
    return {
      start: isoOf(start),
      end: isoOf(unit === 'day' ? start : start + 6),
      counts: byStance,
      total: binStances.reduce((sum, stance) => sum + byStance[stance], 0),
    }
  })
  return { unit, bins, statements: total }
}

/** A bin as a person names it: the day, or the week by its first day. */
export const binLabel = (bin: TimelineBin, unit: BinUnit) =>
  unit === 'day' ? bin.start : `Week of ${bin.start}`

/** Why the timeline shows bars and not marks, in the caption, description, table and download. */
export const timelineNote = (bins: TimelineBins) =>
  `Aggregated: ${countOf(bins.statements, 'statement')} are more than the ${chartLimits.timelineMarks} the chart draws one by one, so each bar counts the statements of a ${bins.unit}, by stance.`

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
    ? `the ${countOf(view.rows.length, 'actor')} chosen`
    : `the ${formatCount(view.rows.length)} with the most statements`
  return `Limited: ${which}, of ${countOf(total, 'actor')} matching the filters. Choose others under Actors shown.`
}

/** Why the spectrum counts its lanes rather than naming everyone, or null when it names all. */
export const spectrumNote = (actors: number, named: number) =>
  actors > chartLimits.spectrumActors
    ? `Grouped: ${countOf(actors, 'actor')} are more than the ${chartLimits.spectrumActors} the scale names one by one, so each lane counts its actors and names the ${named} with the most statements; the table lists every actor.`
    : null
