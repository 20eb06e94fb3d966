import { useLayoutEffect, useState, type RefObject } from 'react'

/** The card grid's minimum column, 18rem, and its gap, 1rem, in pixels at the default font size. */
const minColumn = 288
const gap = 16

/** How many columns of cards fit in `width`: what `repeat(auto-fill, minmax(18rem, 1fr))` gives. */
export function columnsFor(width: number): number {
  return Math.max(1, Math.floor((width + gap) / (minColumn + gap)))
}

/** The element's width, followed as it changes. */
export function useElementWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const target = element.current
    if (!target) return
    const observer = new ResizeObserver((entries) => {
      const size = entries[0]?.contentBoxSize[0]?.inlineSize ?? target.clientWidth
      setWidth(Math.round(size))
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [element])
  return width
}
