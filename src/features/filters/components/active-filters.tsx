import { activeFilterCount, clearFilters } from '../../../lib/url-state/filter-state'
import { useSharedView } from '../../../lib/view/shared-view'
import { activeFilterChips, type FilterGroup } from '../filter-options'

/** The active filters as removable chips, with "Clear all". */
export function ActiveFilters({ groups }: { groups: readonly FilterGroup[] }) {
  const { filters: state, setFilters: onChange } = useSharedView()
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
