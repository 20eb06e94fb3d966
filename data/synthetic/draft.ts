import type { Position } from '../../src/lib/schemas/statement'
import {
  channels,
  dimensionIds,
  stanceIds,
  type DimensionId,
  type StanceId,
} from '../../src/lib/vocabulary'
import { dayNumber, isoDay } from './calendar'
import { cumulativeWeights, type Random } from './random'
import type { DatePrecision, StatementDraft } from './record'
import type { EventPlan, Speaking } from './plan'
import { dimensionPhrases, quotePhrases, stancePhrases } from './templates'

const lastDay = dayNumber('2026-11-27')
const channelWeights = cumulativeWeights([2, 3, 6, 3, 4, 2, 1])
const partsOfDay = ['Morning', 'Afternoon', 'Evening'] as const

/** One statement of an actor about an event: what it says, when, through which channel. */
export function draftStatement(id: string, who: Speaking, plan: EventPlan, random: Random) {
  const voice = random.pick(who.voices)
  const roll = random.next()
  const stance: StanceId | null =
    roll < 0.6 ? who.leaning : roll < 0.85 ? random.pick(stanceIds) : null
  const first = random.chance(0.8) ? random.pick(dimensionIds) : null
  const second = first && random.chance(0.4) ? random.pick(dimensionIds) : null
  const dimensions: DimensionId[] = !first
    ? []
    : second && second !== first
      ? [first, second]
      : [first]
  const positions: Position[] = dimensions.map((dimension) => ({
    dimension,
    value: random.chance(0.05) ? 'opposes' : 'takes',
    party: dimension === 'backs-party' ? random.pick(plan.parties) : null,
  }))
  // Reactions come in a burst in the days after the event, with a long tail.
  const delay = random.chance(0.1)
    ? random.int(0, 180)
    : Math.min(45, Math.floor(-Math.log(1 - random.next()) * 2.5))
  const day = Math.min(lastDay, plan.day + delay)
  const precisionRoll = random.next()
  const precision: DatePrecision =
    precisionRoll < 0.6
      ? 'day'
      : precisionRoll < 0.7
        ? 'time'
        : precisionRoll < 0.8
          ? 'part-of-day'
          : 'range'
  const addresseeRoll = random.next()
  return {
    id,
    actorId: who.actor.id,
    speaker: voice.speaker,
    office: voice.office,
    channel: channels[random.weighted(channelWeights)] ?? 'unspecified',
    stance,
    positions,
    addressees:
      addresseeRoll < 0.5 ? [] : addresseeRoll < 0.8 ? ['all-sides'] : [random.pick(plan.parties)],
    earliest: isoDay(day),
    latest: isoDay(precision === 'range' ? Math.min(lastDay, day + random.int(1, 4)) : day),
    precision,
    time:
      precision === 'time'
        ? `${String(random.int(6, 22)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`
        : null,
    partOfDay: precision === 'part-of-day' ? random.pick(partsOfDay) : null,
    stancePhrase: random.pick(stancePhrases[stance ?? 'none']),
    dimensionPhrases: positions
      .filter((position) => position.value === 'takes')
      .map((position) => random.pick(dimensionPhrases[position.dimension])),
    quote: random.chance(0.4) ? random.pick(quotePhrases) : null,
  } satisfies StatementDraft
}
