import { useEffect, useRef, type RefObject } from 'react'
import { withList, type FilterState } from '../../../lib/url-state/filter-state'
import type { FilterGroup } from '../filter-options'
import type { SharedView } from '../../../lib/view/shared-view'

/**
 * Boxes ticked in the prerendered panel before the app took the page over stay ticked through
 * hydration but are not yet the filters': they are taken as ticked, every filter in one change.
 * A chosen option the panel does not show (a long list folded to its top options) stays chosen.
 */
export function useTickedBeforeStart(
  panel: RefObject<HTMLDivElement | null>,
  started: {
    state: FilterState
    groups: readonly FilterGroup[]
    onChange: SharedView['setFilters']
  },
) {
  const atStart = useRef(started)
  useEffect(() => {
    const { state, groups, onChange } = atStart.current
    let next = state
    for (const group of groups) {
      const boxes = [
        ...(panel.current?.querySelectorAll<HTMLInputElement>(
          `input[data-filter="${group.key}"]`,
        ) ?? []),
      ]
      const shown = new Set(boxes.map((box) => box.value))
      const chosen: readonly string[] = state[group.key]
      const ticked = [
        ...chosen.filter((value) => !shown.has(value)),
        ...boxes.filter((box) => box.checked).map((box) => box.value),
      ]
      const same =
        ticked.length === chosen.length && ticked.every((value) => chosen.includes(value))
      if (!same) next = withList(next, group.key, ticked)
    }
    if (next !== state) onChange(next)
  }, [panel])
}
