import { useCallback, useRef, type FocusEvent, type KeyboardEvent } from 'react'

/** Marks an element as one of a roving group's items: `{...rovingItem}` on each. */
export const rovingItem = { 'data-roving': '' } as const

type Item = HTMLElement | SVGElement

const itemsOf = (group: Element): Item[] =>
  [...group.querySelectorAll<Item>('[data-roving]')].filter((item) => !item.matches(':disabled'))

/** Where a key sends the focus among `count` items from the one at `at`; undefined for others. */
export function listMove(key: string, at: number, count: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowDown: at + 1,
    ArrowRight: at + 1,
    ArrowUp: at - 1,
    ArrowLeft: at - 1,
    Home: 0,
    End: count - 1,
  }
  const to = moves[key]
  return to === undefined ? undefined : Math.max(0, Math.min(count - 1, to))
}

/**
 * One tab stop for a group of controls (a roving tabindex), with the arrow keys, Home and End
 * moving between them, in the order they stand in the page. The stop stays on the item last
 * focused; until then, or when that item goes or is disabled, it is the first ticked item or the
 * first. The items are found in the page rather than passed in, so that marks a chart library
 * draws, which this code never sees being made, join the group as they appear.
 *
 * The prerendered page has no tab stops set: before the page's code runs, every control is
 * reached by Tab, as a page without this would be.
 */
export function useRovingFocus() {
  const last = useRef<Element | null>(null)
  const groupRef = useRef<Element | null>(null)

  const handOut = useCallback(() => {
    const group = groupRef.current
    if (!group) return
    const items = itemsOf(group)
    const stop =
      items.find((item) => item === last.current) ??
      items.find((item) => item.matches(':checked')) ??
      items[0]
    for (const item of items) item.tabIndex = item === stop ? 0 : -1
    // A disabled control cannot be focused anyway; marked so, it is no stop once enabled again.
    for (const item of group.querySelectorAll<Item>('[data-roving]:disabled')) item.tabIndex = -1
  }, [])

  // Watched rather than set once: items come and go with the filters, and a chart draws its marks
  // after the group is in the page.
  const ref = useCallback(
    (group: Element | null) => {
      groupRef.current = group
      if (!group) return
      handOut()
      const observer = new MutationObserver(handOut)
      observer.observe(group, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['disabled'],
      })
      return () => {
        observer.disconnect()
        groupRef.current = null
      }
    },
    [handOut],
  )

  const onFocus = (event: FocusEvent) => {
    if (!(event.target instanceof Element) || !event.target.matches('[data-roving]')) return
    last.current = event.target
    handOut()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.metaKey || event.ctrlKey || !groupRef.current) return
    const items = itemsOf(groupRef.current)
    const at = items.findIndex((item) => item === event.target)
    if (at === -1) return
    const to = listMove(event.key, at, items.length)
    if (to === undefined) return
    event.preventDefault()
    items[to]?.focus()
  }

  return { ref, onFocus, onKeyDown }
}
