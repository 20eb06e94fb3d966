import { channelLabels, kindLabels, type CodebookLabels } from '../../lib/labels'
import type { Actor } from '../../lib/schemas/actor'
import { actorKinds } from '../../lib/schemas/actor'
import { dimensionIds, stanceIds } from '../../lib/schemas/codebook'
import { channels, type Statement } from '../../lib/schemas/statement'
import type { ListFilter } from '../../lib/url-state/filter-state'
import { speakerOptions } from './facets'

export type FilterOption = { value: string; label: string }
export type FilterGroup = { key: ListFilter; legend: string; options: FilterOption[] }

/** The filters in the order they are offered, each option with the words a person reads. */
export function filterGroups(
  actors: readonly Actor[],
  statements: readonly Statement[],
  labels: CodebookLabels,
): FilterGroup[] {
  const usedChannels = new Set(statements.map((statement) => statement.channel))
  return [
    {
      key: 'stance',
      legend: 'Stance',
      options: stanceIds.map((id) => ({ value: id, label: labels.stance(id) })),
    },
    {
      key: 'kind',
      legend: 'Kind of actor',
      options: actorKinds.map((kind) => ({ value: kind, label: kindLabels[kind] })),
    },
    {
      key: 'actor',
      legend: 'Actor',
      options: [...actors]
        .sort((a, b) => a.order - b.order)
        .map((actor) => ({ value: actor.id, label: actor.name })),
    },
    {
      key: 'dimension',
      legend: 'Position',
      options: dimensionIds.map((id) => ({ value: id, label: labels.dimension(id) })),
    },
    {
      key: 'channel',
      legend: 'Channel',
      options: channels
        .filter((channel) => usedChannels.has(channel))
        .map((channel) => ({ value: channel, label: channelLabels[channel] })),
    },
    {
      key: 'speaker',
      legend: 'Speaker',
      options: speakerOptions(statements).map((speaker) => ({ value: speaker, label: speaker })),
    },
  ]
}
