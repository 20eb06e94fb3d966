import type { Actor } from '../../lib/schemas/actor'
import { stanceIds, type DimensionId, type StanceId } from '../../lib/schemas/codebook'
import type { Milestone } from '../../lib/schemas/event'
import type { ActorResult } from '../../lib/statements/apply-filters'

export type StanceCount = { stance: StanceId; actors: number; statements: number }

/** How many actors (by overall stance) and statements take each stance, in scale order. */
export function stanceDistribution(input: readonly ActorResult[]): StanceCount[] {
  return stanceIds.map((stance) => ({
    stance,
    actors: input.filter((row) => row.summary.stance === stance).length,
    statements: input.reduce(
      (total, row) =>
        total + row.statements.filter((statement) => statement.stance === stance).length,
      0,
    ),
  }))
}

export type SpectrumColumn = { stance: StanceId; actors: Actor[] }

/** Each actor placed on the scale by its overall stance; parties are not on the scale. */
export function stanceSpectrum(input: readonly ActorResult[]): SpectrumColumn[] {
  return stanceIds.map((stance) => ({
    stance,
    actors: input.filter((row) => row.summary.stance === stance).map((row) => row.actor),
  }))
}

export type TimelinePoint = {
  id: string
  actorId: string
  actorName: string
  /** Noon of the day (UTC) in ms, or the middle of the range when the day is not known. */
  at: number
  day: string
  precise: boolean
  stance: StanceId | null
}

const noon = (day: string) => Date.parse(`${day}T12:00:00Z`)

/** Statements over time; one without a known day sits mid-range and is marked as such. */
export function timelinePoints(input: readonly ActorResult[]): TimelinePoint[] {
  return input
    .flatMap((row) =>
      row.statements.map((statement) => {
        const precise = statement.date.earliest === statement.date.latest
        return {
          id: statement.id,
          actorId: row.actor.id,
          actorName: row.actor.shortName,
          at: precise
            ? noon(statement.date.earliest)
            : (noon(statement.date.earliest) + noon(statement.date.latest)) / 2,
          day: precise
            ? statement.date.earliest
            : `${statement.date.earliest}/${statement.date.latest}`,
          precise,
          stance: statement.stance,
        }
      }),
    )
    .sort((a, b) => a.at - b.at || a.actorName.localeCompare(b.actorName))
}

export function milestoneTimes(milestones: readonly Milestone[]) {
  return milestones.map((milestone) => ({
    id: milestone.id,
    label: milestone.label,
    // Local time in Baku is UTC+4.
    at: milestone.time
      ? Date.parse(`${milestone.date}T${milestone.time}:00+04:00`)
      : noon(milestone.date),
  }))
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
  return input.flatMap((row) =>
    dimensions.map((dimension) => {
      const positions = row.statements.flatMap((statement) =>
        statement.positions.filter((position) => position.dimension === dimension),
      )
      const value = positions.some((position) => position.value === 'takes')
        ? 'takes'
        : positions.some((position) => position.value === 'opposes')
          ? 'opposes'
          : null
      const parties = [
        ...new Set(positions.flatMap((position) => (position.party ? [position.party] : []))),
      ]
      return { actorId: row.actor.id, dimension, value, parties }
    }),
  )
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
): AgreementCell[] {
  const cells = positionsMatrix(input, dimensions)
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
