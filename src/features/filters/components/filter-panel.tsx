import { useRef } from 'react'
import { withList, type FilterState, type ListFilter } from '../../../lib/url-state/filter-state'
import { useSharedView } from '../../../lib/view/shared-view'
import type { FilterGroup } from '../filter-options'
import { searchableAfter } from '../facet-search'
import { ActorFacet } from './actor-facet'
import { DateRange } from './date-range'
import { FacetGroup, type FacetCounts } from './facet-group'
import { SearchBox } from './search-box'
import { useTickedBeforeStart } from './use-ticked-before-start'

/**
 * Per filter, what choosing each option alone would show, counted in one pass by the engine (the
 * shape of the engine's `FacetCountsByValue`); a filter it does not count is counted option by
 * option.
 */
export type FacetCountsByValue = Partial<
  Record<string, ReadonlyMap<string, { actors: number; statements: number }>>
>

type Props = {
  /** How many actors a filter state shows, for the count beside each option. */
  countActors: (state: FilterState) => number
  /** The counts for the current filters when the engine has them; null while it has not. */
  facetCounts?: FacetCountsByValue | null
  /** A filter that cannot be offered just now (its data failed to load), and why, in words. */
  unavailable?: { key: ListFilter; note: string } | null
  groups: readonly FilterGroup[]
  dateBounds: { min: string; max: string }
}

/** The search, a group of checkboxes per filter with its counts, and the dates: the view's filters. */
export function FilterPanel({
  countActors,
  facetCounts = null,
  unavailable = null,
  groups,
  dateBounds,
}: Props) {
  const { filters: state, setFilters: onChange } = useSharedView()
  const panel = useRef<HTMLDivElement>(null)
  // How many actors each option would show: the other filters applied, this one set to it. An
  // actor's option would show one actor, itself, so it counts the statements it would show.
  const optionCounts = (group: FilterGroup): FacetCounts => {
    const counted = facetCounts?.[group.key]
    const unit = counted && group.key === 'actor' ? 'statement' : 'actor'
    const count = new Map(
      group.options.map((option) => [
        option.value,
        counted
          ? ((unit === 'statement'
              ? counted.get(option.value)?.statements
              : counted.get(option.value)?.actors) ?? 0)
          : countActors(withList(state, group.key, [option.value])),
      ]),
    )
    return { count, unit }
  }
  useTickedBeforeStart(panel, { state, groups, onChange })
  return (
    <div className="filter-panel" ref={panel}>
      <SearchBox
        value={state.q}
        onCommit={(q, replace) => onChange({ ...state, q }, { replace })}
      />
      {groups.map((group) => {
        if (group.key === unavailable?.key)
          return (
            <fieldset key={group.key} className="facet">
              <legend>{group.legend}</legend>
              <p className="facet-unavailable">{unavailable.note}</p>
            </fieldset>
          )
        // A long list of actors is searched, not scrolled: the actor picker.
        if (group.key === 'actor' && group.options.length > searchableAfter)
          return <ActorFacet key={group.key} group={group} statementCounts={facetCounts?.actor} />
        return (
          <FacetGroup
            key={group.key}
            group={group}
            counts={optionCounts(group)}
            state={state}
            onChange={(next) => onChange(next)}
          />
        )
      })}
      <DateRange
        from={state.from}
        to={state.to}
        bounds={dateBounds}
        onCommit={(range, replace) => onChange({ ...state, ...range }, { replace })}
      />
      <details className="filter-help">
        <summary>How filters combine</summary>
        <p>
          Within one filter, any of the chosen values matches; different filters must all match.
          Stance, kind and actor choose actors (stance is the actor’s overall stance). The stance of
          a statement, position, channel, speaker, dates and search choose statements: an actor is
          shown when at least one of its statements matches them all. A link’s filters, sent to the
          API’s /api/statements, find the same statements. The number beside each option is how many
          actors it would show with the other filters as they are; beside an actor, how many of its
          statements. A statement the article does not date matches any day it could fall on.
        </p>
        <p>
          From the keyboard, Tab moves from one filter to the next, the arrow keys between a
          filter’s options, and Space ticks or clears one.
        </p>
      </details>
    </div>
  )
}
