import type { CSSProperties, ReactNode } from 'react'
import type { GridCellKeys } from '../../../components/grid-keys'
import { rovingItem } from '../../../lib/use-roving-focus'

type Props = {
  className: string
  /** Filters the dashboard; absent where the chart filters nothing (an embed). */
  onPick?: () => void
  /** The button's name, saying what a pick does. */
  name: string
  /** The words a screen reader gets for a part that is not a button, when its content is not enough. */
  description?: string
  title?: string
  value?: string
  style?: CSSProperties
  /** In a grid: the roving tab stop and arrow keys of the cell this part fills. */
  keys?: GridCellKeys
  /** One of a list of parts that share one tab stop, the arrow keys moving between them. */
  roving?: boolean
  children: ReactNode
}

/** A part of a chart that filters the dashboard when picked, or plain content where it cannot. */
export function Pickable(props: Props) {
  const { className, onPick, name, description, title, value, style, keys, roving, children } =
    props
  if (onPick)
    return (
      <button
        type="button"
        className={className}
        data-value={value}
        style={style}
        title={title}
        aria-label={name}
        onClick={onPick}
        {...keys}
        {...(roving && rovingItem)}
      >
        {children}
      </button>
    )
  return (
    <span className={className} data-value={value} style={style} title={title} {...keys}>
      {description ? (
        <>
          <span aria-hidden="true">{children}</span>
          <span className="visually-hidden">{description}</span>
        </>
      ) : (
        children
      )}
    </span>
  )
}

/**
 * A mark drawn in SVG (a bar, a dot) that filters, used with Enter or Space as a click uses it.
 * The chart's marks share one tab stop, the arrow keys moving between them: the drawing around
 * them is their roving group (`useRovingFocus`), which gives each its tabindex. Without `onPick`
 * (a download, an embed) it is the bare mark.
 */
export function PickableMark(props: { name?: string; onPick?: () => void; children: ReactNode }) {
  const { name, onPick, children } = props
  if (!onPick) return children
  return (
    <g
      className="chart-mark"
      role="button"
      {...rovingItem}
      aria-label={name}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return
        event.preventDefault()
        onPick()
      }}
    >
      {children}
    </g>
  )
}
