import type { Reliability, Resolution } from '../../lib/codebook/reliability'
import { formatCount } from '../../lib/format'

// The reliability figures in the words a student reads on the method page: no ids, no brackets,
// every number said with what it counts.

type Field = Reliability['fields'][number]

const percent = (share: number) => `${(Math.round(share * 1000) / 10).toString()}%`
const decimal = (value: number) => value.toFixed(3)

/** "20 of 22 acts, 90.9%". */
export const agreementWords = (field: Field) =>
  `${formatCount(field.agreed)} of ${formatCount(field.units)} acts, ${percent(field.agreement)}`

/** Alpha to three decimals, or why there is none. */
export const alphaWords = (field: Field) =>
  field.alpha === null ? 'none: every act had the same value' : decimal(field.alpha)

/** The bootstrap range, and on how many redrawings alpha could not be computed. */
export function rangeWords(field: Field, resamples: number): string {
  const { interval } = field
  if (!interval) return 'none: every redrawing had one value only'
  const range = `${decimal(interval.low)} to ${decimal(interval.high)}`
  if (interval.undefinedDraws === 0) return range
  return `${range}; on ${formatCount(interval.undefinedDraws)} of ${formatCount(resamples)} redrawings every act had the same value, and those are left out`
}

/** A value closed as a sentence, without a second full stop after a quotation that has one. */
export const closed = (value: string) => (/[.!?]”?$/.test(value) ? value : `${value}.`)

/** Which coding a rule's reading matches, said as a person would. */
export function followsWords(resolution: Resolution, coders: readonly [string, string]): string {
  if (resolution.follows === coders[0]) return 'the dataset’s reading'
  if (resolution.follows === coders[1]) return `coder ${coders[1]}’s reading`
  return 'neither coder’s reading'
}

/** How many acts were compared, and who found them. */
export function unitWords(reliability: Reliability): string {
  const { units, coders } = reliability
  const acts = (count: number) => `${formatCount(count)} ${count === 1 ? 'act' : 'acts'}`
  return `Between them the two coders found ${acts(units.all)}: ${formatCount(units.both)} found by both, ${formatCount(units.onlyFirst)} by the dataset only and ${formatCount(units.onlySecond)} by coder ${coders[1]} only. An act only one coder found counts as a disagreement on every field. Either coder placed the actor on the stance scale in ${acts(units.placed)}.`
}

/** Whether each coder wrote down the event's initiator and action, and whether they agree. */
export function eventWords(reliability: Reliability): string {
  const { first, second } = reliability.event
  const coder = reliability.coders[1]
  const said = (terms: { initiator: string; action: string }) =>
    `${terms.initiator} as the initiator and “${terms.action}” as the action`
  if (!second)
    return `The dataset states the event with ${first ? said(first) : 'no initiator or action'}; coder ${coder} did not write the event’s terms down, so they are not compared.`
  if (!first)
    return `Coder ${coder} states the event with ${said(second)}; the dataset states none.`
  const same = first.initiator === second.initiator && first.action === second.action
  return same
    ? `Both codings state the event with ${said(first)}.`
    : `The dataset states the event with ${said(first)}, coder ${coder} with ${said(second)}.`
}
