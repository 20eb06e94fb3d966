import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual'
import { useCallback, useRef, type FocusEvent } from 'react'

/**
 * For a virtualised list: the item that holds the keyboard's focus stays drawn however far the
 * list scrolls from it, so the focus is never dropped onto the page and Tab goes on from where it
 * was. Give `rangeExtractor` to the virtualiser, `focusHandlers` to the list, and `data-index` to
 * each drawn item.
 */
export function useKeptFocus() {
  const focused = useRef<number | null>(null)
  const rangeExtractor = useCallback((range: Range) => {
    const drawn = defaultRangeExtractor(range)
    const kept = focused.current
    if (kept === null || kept >= range.count || drawn.includes(kept)) return drawn
    return [...drawn, kept].sort((a, b) => a - b)
  }, [])
  const focusHandlers = {
    onFocus: (event: FocusEvent) => {
      const item = event.target.closest('[data-index]')
      const index = Number(item?.getAttribute('data-index'))
      focused.current = item && Number.isInteger(index) ? index : null
    },
    onBlur: (event: FocusEvent) => {
      const to = event.relatedTarget
      if (!(to instanceof Node) || !event.currentTarget.contains(to)) focused.current = null
    },
  }
  return { rangeExtractor, focusHandlers }
}
