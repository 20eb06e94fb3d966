import type { ActorKind } from './vocabulary'
import type { Codebook } from './schemas/codebook'
import type { DimensionId, StanceId } from './vocabulary'
import type { Position } from './schemas/statement'
import type { Channel } from './vocabulary'
import {
  fillTerms,
  genericTerms,
  termsOf,
  type EventTerms,
  type EventWithTerms,
} from './codebook/event-terms'

export const kindLabels: Record<ActorKind, string> = {
  state: 'State',
  'international-organisation': 'International organisation',
  party: 'Party to the conflict',
  'observer-state': 'Observer state',
  'non-state-actor': 'Non-state actor',
  'non-governmental-organisation': 'Non-governmental organisation',
}

export const channelLabels: Record<Channel, string> = {
  'phone-call': 'Phone call',
  readout: 'Readout',
  statement: 'Statement',
  speech: 'Speech',
  'social-media-post': 'Social-media post',
  announcement: 'Announcement',
  unspecified: 'Channel not stated',
}

/** The codebook's words for stances and dimensions, looked up by id, in one event's terms. */
export type CodebookLabels = {
  stance: (id: StanceId) => string
  dimension: (id: DimensionId) => string
  /** The event the words speak of: its initiator and action, or the generic words across events. */
  terms: EventTerms
  /** Any other codebook text (a definition, a question) in the same event's terms. */
  fill: (text: string) => string
  /** The same codebook's words in another event's terms: a statement's own, across events. */
  forEvent: (terms: EventTerms) => CodebookLabels
}

/**
 * The codebook's labels with the event's words put in: codebook 3 writes them as templates
 * ("Urges {initiator} to halt"); earlier codebooks, written for one event, read as published.
 * Without an event the labels take the generic words, as a view across events does.
 */
export function codebookLabels(
  codebook: Codebook,
  terms: EventTerms = genericTerms,
): CodebookLabels {
  const fill = (text: string) => fillTerms(text, terms)
  const stances = new Map(codebook.stances.map((stance) => [stance.id, fill(stance.label)]))
  const dimensions = new Map(
    codebook.dimensions.map((dimension) => [dimension.id, fill(dimension.label)]),
  )
  return {
    stance: (id) => stances.get(id) ?? id,
    dimension: (id) => dimensions.get(id) ?? id,
    terms,
    fill,
    forEvent: (other) => codebookLabels(codebook, other),
  }
}

/** "Backs Armenia", "Negotiations", "Opposes: condemnation". */
export function positionLabel(
  position: Pick<Position, 'dimension' | 'value'> & { parties: readonly string[] },
  labels: CodebookLabels,
  actorName: (id: string) => string,
): string {
  const base =
    position.dimension === 'backs-party' && position.parties.length > 0
      ? `Backs ${position.parties.map(actorName).join(' and ')}`
      : labels.dimension(position.dimension)
  return position.value === 'opposes' ? `Against: ${base}` : base
}

/**
 * Each statement's labels in its own event's words: across events, “Urges Norvania to halt” on
 * the statement about Norvania's act beside “Urges Azerbaijan to halt” on one about Azerbaijan's.
 * A statement no event lists reads in `labels`' words.
 */
export function labelsBySource(
  labels: CodebookLabels,
  events: readonly (EventWithTerms & { sourceIds: readonly string[] })[],
): (statement: { sourceId: string }) => CodebookLabels {
  const bySource = new Map<string, CodebookLabels>()
  for (const event of events) {
    const own = labels.forEvent(termsOf(event))
    for (const id of event.sourceIds) bySource.set(id, own)
  }
  return (statement) => bySource.get(statement.sourceId) ?? labels
}
