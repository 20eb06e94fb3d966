import {
  activeFilterCount,
  clearFilters,
  type FilterState,
} from '../../../lib/url-state/filter-state'
import { activeFilterChips, type FilterGroup } from '../filter-options'
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
  const chips = activeFilterChips(state, groups)
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
                onChange(chip.without)
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
