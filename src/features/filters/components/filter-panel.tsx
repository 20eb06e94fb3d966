import { useEffect, useId, useState } from 'react'
import { toggleValue, type FilterState } from '../../../lib/url-state/filter-state'
import { facetCounts, type DashboardData } from '../facets'
import type { FilterGroup } from '../filter-options'

export type ChangeFilters = (next: FilterState, options?: { replace?: boolean }) => void

type Props = {
  data: DashboardData
  state: FilterState
  groups: readonly FilterGroup[]
  dateBounds: { min: string; max: string }
  onChange: ChangeFilters
}

export function FilterPanel({ data, state, groups, dateBounds, onChange }: Props) {
  return (
    <div className="filter-panel">
      <SearchBox
        value={state.q}
        onCommit={(q, replace) => onChange({ ...state, q }, { replace })}
      />
      {groups.map((group) => {
        const counts = facetCounts(
          data,
          state,
          group.key,
          group.options.map((option) => option.value),
        )
        const chosen: readonly string[] = state[group.key]
        return (
          <fieldset key={group.key} className="facet">
            <legend>{group.legend}</legend>
            {group.options.map((option) => {
              const count = counts.get(option.value) ?? 0
              const checked = chosen.includes(option.value)
              return (
                <label key={option.value} className="facet-option" data-empty={count === 0}>
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && count === 0}
                    onChange={() => onChange(toggleValue(state, group.key, option.value))}
                  />
                  <span className="facet-label">{option.label}</span>{' '}
                  <span className="facet-count">
                    {count}{' '}
                    <span className="visually-hidden">{count === 1 ? 'actor' : 'actors'}</span>
                  </span>
                </label>
              )
            })}
          </fieldset>
        )
      })}
      <fieldset className="facet">
        <legend>Date of statement</legend>
        <div className="date-range">
          <label>
            From
            <input
              type="date"
              min={dateBounds.min}
              max={dateBounds.max}
              value={state.from ?? ''}
              onChange={(event) => onChange({ ...state, from: event.target.value || null })}
            />
          </label>
          <label>
            To
            <input
              type="date"
              min={dateBounds.min}
              max={dateBounds.max}
              value={state.to ?? ''}
              onChange={(event) => onChange({ ...state, to: event.target.value || null })}
            />
          </label>
        </div>
      </fieldset>
      <details className="filter-help">
        <summary>How filters combine</summary>
        <p>
          Within one filter, any of the chosen values matches; different filters must all match.
          Stance, kind and actor choose actors (stance is the actor’s overall stance). Position,
          channel, speaker, dates and search choose statements: an actor is shown when at least one
          of its statements matches them all. The number beside each option is how many actors it
          would show with the other filters as they are. A statement the article does not date
          matches any day it could fall on.
        </p>
      </details>
    </div>
  )
}

/** Commits the search after a pause in typing; refining a search replaces the history entry. */
function SearchBox({
  value,
  onCommit,
}: {
  value: string
  onCommit: (q: string, replace: boolean) => void
}) {
  const [text, setText] = useState(value)
  const [shown, setShown] = useState(value)
  // When the URL changes the search (Back, a chip, "Clear all"), the box follows it.
  if (value !== shown) {
    setShown(value)
    setText(value)
  }
  const id = useId()
  useEffect(() => {
    if (text === value) return
    const timer = setTimeout(() => onCommit(text, value.trim() !== '' && text.trim() !== ''), 250)
    return () => clearTimeout(timer)
  }, [text, value, onCommit])
  return (
    <div className="search">
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder="Quotes, paraphrases, speakers, actors"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onCommit(text, false)
        }}
      />
    </div>
  )
}
