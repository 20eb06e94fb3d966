import type { Actor } from '../../lib/schemas/actor'
import { stanceIds, type DimensionId, type StanceId } from '../../lib/vocabulary'
import type { Milestone } from '../../lib/schemas/event'
import type { StanceSummary } from '../../lib/schemas/stance-summary'
import type { ActorResult } from '../../lib/statements/actor-results'

/**
 * A place on the charts' stance axis: one of the four stances or, after them, `mixed` for an actor
 * whose statements span several with no single central one. Mixed is its own place, never a lean.
 */
export type StanceCategory = StanceId | 'mixed'

/**
 * `statements` is null for `mixed`: each statement takes one of the four stances and is counted
 * there, so none is "mixed" itself.
 */
export type StanceCount = { stance: StanceCategory; actors: number; statements: number | null }

const isMixed = (row: ActorResult) => row.summary.status === 'mixed'

/**
 * How many actors (by overall stance) and statements take each stance, in scale order; a Mixed
 * count follows the four when an actor shown is mixed.
 */
export function stanceDistribution(input: readonly ActorResult[]): StanceCount[] {
  // One pass over the statements: at scale a pass per stance is four times the work.
  const actors = new Map<StanceCategory, number>()
  const statements = new Map<StanceId, number>()
  for (const row of input) {
    const category = isMixed(row) ? 'mixed' : row.summary.stance
    if (category) actors.set(category, (actors.get(category) ?? 0) + 1)
    for (const statement of row.statements)
      if (statement.stance)
        statements.set(statement.stance, (statements.get(statement.stance) ?? 0) + 1)
  }
  const counts: StanceCount[] = stanceIds.map((stance) => ({
    stance,
    actors: actors.get(stance) ?? 0,
    statements: statements.get(stance) ?? 0,
  }))
  const mixed = actors.get('mixed') ?? 0
  return mixed > 0 ? [...counts, { stance: 'mixed', actors: mixed, statements: null }] : counts
}

/**
 * What a chart reads of a stance summary: all of it but the ids of the statements it rests on,
 * which at scale are most of its size and would be copied from the worker with every answer.
 */
export type PlacedSummary = Omit<StanceSummary, 'statementIds'>

/** An actor as a chart places it, with the summary that says how (its range, what it rests on). */
export type PlacedActor = Actor & { summary: PlacedSummary }

export type SpectrumColumn = { stance: StanceCategory; actors: PlacedActor[] }

/**
 * Each actor placed on the scale by its overall stance, and a Mixed lane after the four when an
 * actor shown is mixed; parties are not on the scale.
 */
export function stanceSpectrum(input: readonly ActorResult[]): SpectrumColumn[] {
  const columns: SpectrumColumn[] = stanceIds.map((stance) => ({ stance, actors: [] }))
  const mixed: SpectrumColumn = { stance: 'mixed', actors: [] }
  for (const row of input) {
    const column = isMixed(row) ? mixed : columns.find((item) => item.stance === row.summary.stance)
    const { statementIds: _statementIds, ...summary } = row.summary
    column?.actors.push({ ...row.actor, summary })
  }
  return mixed.actors.length > 0 ? [...columns, mixed] : columns
}

export type TimelinePoint = {
  id: string
  actorId: string
  actorName: string
  /**
   * Where the mark sits: the event's local clock time, written as if it were UTC (so 13:00 in Baku
   * is `…T13:00Z`); the middle of the range when the day is not known.
   */
  at: number
  day: string
  precise: boolean
  stance: StanceId | null
  /** The statement's words: its first quotation, or else the start of the article's report. */
  words: { quoted: boolean; text: string }
  /** Its place among the statements that share one spot, so each mark shows beside the others. */
  stack: { index: number; count: number }
}

/** A local clock time on `day` (`HH:MM`, in the event's own time zone) on the timeline's scale. */
export const localTime = (day: string, time = '12:00') => Date.parse(`${day}T${time}:00Z`)

/**
 * Where in its day a statement the article dates only by a part of the day sits: "early on
 * Wednesday" and "earlier on Wednesday" are the morning, before anything later that day.
 */
export function partOfDayTime(asWritten: string | null): string | null {
  if (!asWritten) return null
  if (/\b(early|earlier|morning)\b/i.test(asWritten)) return '08:00'
  if (/\b(afternoon)\b/i.test(asWritten)) return '15:00'
  if (/\b(evening|night|late|later)\b/i.test(asWritten)) return '20:00'
  return null
}

const shortWords = (text: string, length = 90) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  return `${flat.slice(0, flat.lastIndexOf(' ', length)).replace(/[,;:]$/, '')} …`
}

/** Statements over time, in the event's local time; one without a known day sits mid-range. */
export function timelinePoints(input: readonly ActorResult[]): TimelinePoint[] {
  const points = input
    .flatMap((row) =>
      row.statements.map((statement) => {
        const { earliest, latest, time, asWritten } = statement.date
        const precise = earliest === latest
        const [quote] = statement.quotes
        return {
          id: statement.id,
          actorId: row.actor.id,
          actorName: row.actor.shortName,
          at: precise
            ? localTime(earliest, time ?? partOfDayTime(asWritten) ?? undefined)
            : (localTime(earliest) + localTime(latest)) / 2,
          day: precise ? earliest : `${earliest}/${latest}`,
          precise,
          stance: statement.stance,
          words: quote
            ? { quoted: true, text: shortWords(quote.text) }
            : { quoted: false, text: shortWords(statement.passage.text) },
          stack: { index: 0, count: 1 },
        }
      }),
    )
    .sort((a, b) => a.at - b.at || a.actorName.localeCompare(b.actorName))
  // Statements of one actor at one spot are numbered, so the chart can set them side by side.
  const spots = new Map<string, TimelinePoint[]>()
  for (const point of points) {
    const key = `${point.actorId}@${point.at}`
    const spot = spots.get(key)
    if (spot) spot.push(point)
    else spots.set(key, [point])
  }
  for (const group of spots.values())
    group.forEach((point, index) => (point.stack = { index, count: group.length }))
  return points
}

export function milestoneTimes(milestones: readonly Milestone[]) {
  return milestones.map((milestone) => ({
    id: milestone.id,
    label: milestone.label,
    // A milestone's time is local already; without one it sits at midday.
    at: localTime(milestone.date, milestone.time ?? undefined),
  }))
}

/** The axis's statement of the clock it uses: "Baku time (UTC+4)". */
export function zoneInWords(timeZone: string, on: string): string {
  const place = (timeZone.split('/').at(-1) ?? timeZone).replace(/_/g, ' ')
  const offset =
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date(`${on}T12:00:00Z`))
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  return `${place} time (${offset.replace('GMT', 'UTC')})`
}

export type MatrixCell = {
  actorId: string
  dimension: DimensionId
  value: 'takes' | 'opposes' | null
  parties: string[]
}

/** Actors by dimensions: who took which position, from their matching statements. */
export function positionsMatrix(
  input: readonly ActorResult[],
  dimensions: readonly DimensionId[],
): MatrixCell[] {
  const slotOf = new Map(dimensions.map((dimension, slot) => [dimension, slot]))
  return input.flatMap((row) => {
    // One pass over the actor's statements gathers every dimension at once.
    const takes = new Uint8Array(dimensions.length)
    const opposes = new Uint8Array(dimensions.length)
    const parties: (Set<string> | undefined)[] = []
    for (const statement of row.statements)
      for (const position of statement.positions) {
        const slot = slotOf.get(position.dimension)
        if (slot === undefined) continue
        if (position.value === 'takes') takes[slot] = 1
        else opposes[slot] = 1
        if (position.party) (parties[slot] ??= new Set<string>()).add(position.party)
      }
    return dimensions.map((dimension, slot): MatrixCell => ({
      actorId: row.actor.id,
      dimension,
      value: takes[slot] ? 'takes' : opposes[slot] ? 'opposes' : null,
      parties: [...(parties[slot] ?? [])],
    }))
  })
}

export const agreementRule =
  'Agreement between two actors is the share of dimensions on which they took the same position, out of the dimensions on which at least one of them took a position. Backing a party counts as the same position only when it is the same party. Two actors with no positions at all have no score.'

export type AgreementCell = {
  a: string
  b: string
  score: number | null
  shared: number
  considered: number
}

/** Pairwise agreement on the coded positions (see `agreementRule`). */
export function agreementMatrix(
  input: readonly ActorResult[],
  dimensions: readonly DimensionId[],
  /** The same actors' positions, when already shaped for the matrix. */
  cells: readonly MatrixCell[] = positionsMatrix(input, dimensions),
): AgreementCell[] {
  const key = (cell: MatrixCell) =>
    cell.value === null ? null : `${cell.value}:${[...cell.parties].sort().join('+')}`
  const byActor = new Map<string, Map<DimensionId, string | null>>()
  for (const cell of cells) {
    const row = byActor.get(cell.actorId) ?? new Map<DimensionId, string | null>()
    row.set(cell.dimension, key(cell))
    byActor.set(cell.actorId, row)
  }
  const ids = input.map((row) => row.actor.id)
  return ids.flatMap((a) =>
    ids.map((b) => {
      const left = byActor.get(a)
      const right = byActor.get(b)
      let shared = 0
      let considered = 0
      for (const dimension of dimensions) {
        const x = left?.get(dimension) ?? null
        const y = right?.get(dimension) ?? null
        if (x === null && y === null) continue
        considered += 1
        if (x === y) shared += 1
      }
      return { a, b, shared, considered, score: considered === 0 ? null : shared / considered }
    }),
  )
}
