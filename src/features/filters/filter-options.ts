import { channelLabels, kindLabels, type CodebookLabels } from '../../lib/labels'
import type { Actor } from '../../lib/schemas/actor'
import { actorKinds } from '../../lib/vocabulary'
import { dimensionIds, stanceIds } from '../../lib/vocabulary'
import type { Statement } from '../../lib/schemas/statement'
import { channels } from '../../lib/vocabulary'
import { toggleValue, type FilterState, type ListFilter } from '../../lib/url-state/filter-state'
import { speakerOptions } from '../../lib/statements/voice'

export type FilterOption = { value: string; label: string }
export type FilterGroup = { key: ListFilter; legend: string; options: FilterOption[] }

/** The filters in the order they are offered, each option with the words a person reads. */
export function filterGroups(
  actors: readonly Actor[],
  statements: readonly Statement[],
  labels: CodebookLabels,
): FilterGroup[] {
  const usedChannels = new Set(statements.map((statement) => statement.channel))
  // Only the kinds some actor is: the kinds an analyst may give a new actor would otherwise
  // stand in every dataset's filters as options no actor can meet.
  const usedKinds = new Set(actors.map((actor) => actor.kind))
  return [
    {
      key: 'stance',
      legend: 'Stance',
      options: stanceIds.map((id) => ({ value: id, label: labels.stance(id) })),
    },
    {
      key: 'kind',
      legend: 'Kind of actor',
      options: actorKinds
        .filter((kind) => usedKinds.has(kind))
        .map((kind) => ({ value: kind, label: kindLabels[kind] })),
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
      // The stance one statement expresses; "Stance" above is the actor's stance, derived from all.
      key: 'statement-stance',
      legend: 'Stance of a statement',
      options: stanceIds.map((id) => ({ value: id, label: labels.stance(id) })),
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

export type FilterChip = {
  key: string
  /** The filter's name, or empty for the dates, whose words stand alone. */
  group: string
  value: string
  label: string
  without: FilterState
}

/** Each active filter in words ("Stance: Condemns the operation"), with the state that drops it. */
export function activeFilterChips(
  state: FilterState,
  groups: readonly FilterGroup[],
): FilterChip[] {
  const chip = (key: string, group: string, value: string, without: FilterState) => ({
    key,
    group,
    value,
    label: group ? `${group}: ${value}` : value,
    without,
  })
  const chips: FilterChip[] = groups.flatMap((group) =>
    state[group.key].map((value) =>
      chip(
        `${group.key}:${value}`,
        group.legend,
        group.options.find((option) => option.value === value)?.label ?? value,
        toggleValue(state, group.key, value),
      ),
    ),
  )
  if (state.from) chips.push(chip('from', '', `From ${state.from}`, { ...state, from: null }))
  if (state.to) chips.push(chip('to', '', `To ${state.to}`, { ...state, to: null }))
  if (state.q.trim()) chips.push(chip('q', 'Search', `“${state.q}”`, { ...state, q: '' }))
  return chips
}

/** The active filters as one line, values of one filter joined by "or"; null when there are none. */
export function filtersInWords(chips: readonly FilterChip[]): string | null {
  const byGroup = new Map<string, string[]>()
  for (const chip of chips)
    byGroup.set(chip.group, [...(byGroup.get(chip.group) ?? []), chip.value])
  const parts = [...byGroup].map(([group, values]) =>
    group ? `${group}: ${values.join(' or ')}` : values.join(', '),
  )
  return parts.length ? parts.join('; ') : null
}
