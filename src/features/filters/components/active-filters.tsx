import {
  activeFilterCount,
  clearFilters,
  toggleValue,
  type FilterState,
} from '../../../lib/url-state/filter-state'
import type { FilterGroup } from '../filter-options'
import type { ChangeFilters } from './filter-panel'

/** The active filters as removable chips, with "Clear all". */
export function ActiveFilters({
  state,
  groups,
  onChange,
}: {
  state: FilterState
  groups: readonly FilterGroup[]
  onChange: ChangeFilters
}) {
  if (activeFilterCount(state) === 0) return null
  // The chip that had the focus is gone: hand the focus to the results, which are what changed.
  const focusResults = () => document.getElementById('results-heading')?.focus()
  const chips: { key: string; label: string; remove: () => void }[] = []
  for (const group of groups) {
    for (const value of state[group.key]) {
      const label = group.options.find((option) => option.value === value)?.label ?? value
      chips.push({
        key: `${group.key}:${value}`,
        label: `${group.legend}: ${label}`,
        remove: () => onChange(toggleValue(state, group.key, value)),
      })
    }
  }
  if (state.from)
    chips.push({
      key: 'from',
      label: `From ${state.from}`,
      remove: () => onChange({ ...state, from: null }),
    })
  if (state.to)
    chips.push({
      key: 'to',
      label: `To ${state.to}`,
      remove: () => onChange({ ...state, to: null }),
    })
  if (state.q.trim())
    chips.push({
      key: 'q',
      label: `Search: “${state.q}”`,
      remove: () => onChange({ ...state, q: '' }),
    })
  return (
    <div className="active-filters">
      <h2 className="visually-hidden">Active filters</h2>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip"
              onClick={() => {
                chip.remove()
                focusResults()
              }}
              aria-label={`Remove filter ${chip.label}`}
            >
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          onChange(clearFilters(state))
          focusResults()
        }}
      >
        Clear all
      </button>
    </div>
  )
}
