import { useId, useState, type ReactNode } from 'react'
import { toggleValue, type FilterState, type ListFilter } from '../../../lib/url-state/filter-state'
import { searchableAfter, shownOptions, topOptions } from '../facet-search'
import type { FilterGroup, FilterOption } from '../filter-options'
import { formatCount } from '../../../lib/format'
import { rovingItem, useRovingFocus } from '../../../lib/use-roving-focus'

/** How many of a thing (actors, or an actor's statements) each option would show, by value. */
export type FacetCounts = { count: ReadonlyMap<string, number>; unit: 'actor' | 'statement' }

type Props = {
  group: FilterGroup
  counts: FacetCounts
  state: FilterState
  onChange: (next: FilterState) => void
}

/**
 * One filter's checkboxes with their counts. A filter with many options (actors, speakers,
 * events) gets a search box, and shows its top options by count until asked for all. The
 * checkboxes are one tab stop, the arrow keys moving between them, so that the filters cost a few
 * presses of Tab rather than one per option on the way to the results.
 */
export function FacetGroup({ group, counts, state, onChange }: Props) {
  const chosen: readonly string[] = state[group.key]
  const roving = useRovingFocus()
  const option = (item: FilterOption) => (
    <FacetOption
      key={item.value}
      filter={group.key}
      option={item}
      count={counts.count.get(item.value) ?? 0}
      unit={counts.unit}
      checked={chosen.includes(item.value)}
      onToggle={() => onChange(toggleValue(state, group.key, item.value))}
    />
  )
  return (
    <fieldset className="facet" {...roving}>
      <legend>{group.legend}</legend>
      {group.options.length > searchableAfter ? (
        <SearchableOptions group={group} counts={counts.count} chosen={chosen} option={option} />
      ) : (
        group.options.map(option)
      )}
    </fieldset>
  )
}

function SearchableOptions({
  group,
  counts,
  chosen,
  option,
}: {
  group: FilterGroup
  counts: ReadonlyMap<string, number>
  chosen: readonly string[]
  option: (item: FilterOption) => ReactNode
}) {
  const [query, setQuery] = useState('')
  const [expanded, setExpanded] = useState(false)
  const id = useId()
  const { shown, matching } = shownOptions(group.options, counts, query, chosen, expanded)
  return (
    <>
      <label className="facet-search" htmlFor={id}>
        <span className="visually-hidden">Search the options of {group.legend}</span>
        <input
          id={id}
          type="search"
          value={query}
          placeholder={`Find ${nounOf(group.key)}`}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {shown.map(option)}
      {matching === 0 && (
        <p className="facet-none" role="status">
          No option matches “{query}”.
        </p>
      )}
      {matching > topOptions && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? `Show the top ${topOptions}` : `Show all ${formatCount(matching)}`}
        </button>
      )}
    </>
  )
}

const nouns: Partial<Record<ListFilter, string>> = {
  actor: 'an actor',
  speaker: 'a speaker',
}
const nounOf = (key: ListFilter) => nouns[key] ?? 'an option'

function FacetOption({
  filter,
  option,
  count,
  unit,
  checked,
  onToggle,
}: {
  filter: ListFilter
  option: FilterOption
  count: number
  unit: FacetCounts['unit']
  checked: boolean
  onToggle: () => void
}) {
  return (
    <label className="facet-option" data-empty={count === 0}>
      <input
        type="checkbox"
        {...rovingItem}
        data-filter={filter}
        value={option.value}
        checked={checked}
        disabled={!checked && count === 0}
        onChange={onToggle}
      />
      <span className="facet-label">{option.label}</span>{' '}
      <span className="facet-count">
        {formatCount(count)}{' '}
        <span className="visually-hidden">{count === 1 ? unit : `${unit}s`}</span>
      </span>
    </label>
  )
}
