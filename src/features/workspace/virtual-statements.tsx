import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { WorkspaceStatement } from '../../lib/workspace/records'
import { StatementItem, statementItemName, type ItemProps } from './statement-item'
import { useKeptFocus } from './use-kept-focus'

/** A statement before it is measured: its line of who and what, its words, source and button. */
const estimatedHeight = 150
/** The gap between statements, as `--space-sm` (0.5rem) draws it in the short list. */
const gap = 8

/**
 * Thousands of statements, drawn a few around the view at a time in a box that scrolls on its
 * own, as the dashboard's table of statements is. Each item says its place (`aria-posinset` of
 * `aria-setsize`), so a screen reader tells how many there are; the item with the focus stays
 * drawn while the box scrolls, and Tab moves through the drawn items, each scrolled into view as
 * it is reached.
 */
export function VirtualStatements({
  count,
  itemAt,
  onDelete,
}: {
  count: number
  itemAt: (index: number) => ItemProps | null
  onDelete: (statement: WorkspaceStatement) => void
}) {
  const box = useRef<HTMLDivElement>(null)
  const { rangeExtractor, focusHandlers } = useKeptFocus()
  // Not memoised by a compiler here, so the virtualiser's changing functions are safe to read.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => box.current,
    estimateSize: () => estimatedHeight,
    gap,
    overscan: 3,
    rangeExtractor,
  })
  return (
    <div ref={box} className="workspace-statements-box">
      <ul
        className="workspace-statements workspace-statements-virtual"
        aria-labelledby="workspace-statements"
        style={{ height: virtualizer.getTotalSize() }}
        {...focusHandlers}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = itemAt(row.index)
          if (!item) return null
          return (
            <li
              key={item.statement.id}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-label={statementItemName(item.statement, item.labels)}
              aria-setsize={count}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <StatementItem {...item} onDelete={onDelete} />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
