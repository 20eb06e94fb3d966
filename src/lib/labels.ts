import type { ActorKind } from './vocabulary'
import type { Codebook } from './schemas/codebook'
import type { DimensionId, StanceId } from './vocabulary'
import type { Position } from './schemas/statement'
import type { Channel } from './vocabulary'

export const kindLabels: Record<ActorKind, string> = {
  state: 'State',
  'international-organisation': 'International organisation',
  party: 'Party to the conflict',
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

/** The codebook's words for stances and dimensions, looked up by id. */
export type CodebookLabels = {
  stance: (id: StanceId) => string
  dimension: (id: DimensionId) => string
}

export function codebookLabels(codebook: Codebook): CodebookLabels {
  const stances = new Map(codebook.stances.map((stance) => [stance.id, stance.label]))
  const dimensions = new Map(
    codebook.dimensions.map((dimension) => [dimension.id, dimension.label]),
  )
  return {
    stance: (id) => stances.get(id) ?? id,
    dimension: (id) => dimensions.get(id) ?? id,
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
