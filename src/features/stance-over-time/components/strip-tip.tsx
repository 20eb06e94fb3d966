import { useImperativeHandle, useRef, useState, type Ref } from 'react'

/** Shows the tip beside a cell of the strips, or hides it (null). */
export type TipHandle = { show: (cell: HTMLElement | null) => void }

type Tip = { words: string; top: number; left: number | null; right: number | null }

/**
 * The words of the cell pointed at or focused, beside it. Its state is its own, so moving the
 * pointer across thousands of cells draws the tip again, never the strips. The words are the
 * cell's own accessible name, which a screen reader reads as the cell takes focus; the tip repeats
 * them for the eye and is hidden from the accessibility tree so they are not read twice.
 */
export function StripTip({ ref }: { ref: Ref<TipHandle> }) {
  const [tip, setTip] = useState<Tip | null>(null)
  const box = useRef<HTMLDivElement>(null)
  useImperativeHandle(
    ref,
    () => ({
      show: (cell) => {
        const frame = box.current?.parentElement
        if (!cell || !frame) return setTip(null)
        const at = cell.getBoundingClientRect()
        const within = frame.getBoundingClientRect()
        const middle = at.left + at.width / 2 - within.left
        // Past the middle it opens to the left, so it never runs off the strips' edge.
        const right = middle > within.width / 2
        setTip({
          words: cell.getAttribute('aria-label') ?? '',
          top: at.top - within.top,
          left: right ? null : middle,
          right: right ? within.width - middle : null,
        })
      },
    }),
    [],
  )
  return (
    <div
      ref={box}
      className="stance-tip"
      aria-hidden="true"
      hidden={!tip}
      style={
        tip
          ? {
              top: tip.top,
              ...(tip.left === null ? {} : { left: tip.left }),
              ...(tip.right === null ? {} : { right: tip.right }),
            }
          : undefined
      }
    >
      {tip?.words}
    </div>
  )
}
