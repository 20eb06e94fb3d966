import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import { gridMove } from '../../lib/grid-moves'

/** The header row, above the first row of statements (row 0). */
const headerRow = -1

/**
 * The ARIA grid pattern for a table whose rows are drawn only near the view: one tab stop (a
 * roving tabindex), arrow keys between cells, Page Up and Page Down by a screenful, Home and End to
 * the row's ends (with Ctrl, the table's). A row that is not drawn is scrolled to first, then
 * focused once it is.
 */
export function useRowKeys({
  rows,
  columns,
  pageRows,
  scrollToRow,
  table,
}: {
  rows: number
  columns: number
  pageRows: number
  scrollToRow: (row: number) => void
  table: RefObject<HTMLElement | null>
}) {
  const [active, setActive] = useState({ row: headerRow, column: 0 })
  const focusWanted = useRef(false)
  const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value))
  // A cell that is gone (the filters left fewer rows or columns) hands the tab stop to the nearest.
  const current = {
    row: clamp(active.row, headerRow, rows - 1),
    column: clamp(active.column, 0, columns - 1),
  }
  const selector = `[data-cell="${current.row}-${current.column}"]`
  useEffect(() => {
    if (!focusWanted.current) return
    const target = table.current?.querySelector<HTMLElement>(selector)
    if (!target) return
    focusWanted.current = false
    target.focus({ preventScroll: true })
  })

  const moveTo = (row: number, column: number) => {
    const next = { row: clamp(row, headerRow, rows - 1), column: clamp(column, 0, columns - 1) }
    if (next.row >= 0) scrollToRow(next.row)
    focusWanted.current = true
    setActive(next)
  }

  /** What each cell's focusable part needs: its place, whether it holds the tab stop, its keys. */
  const cell = (row: number, column: number) => ({
    'data-cell': `${row}-${column}`,
    tabIndex: row === current.row && column === current.column ? 0 : -1,
    onFocus: () => {
      if (row !== active.row || column !== active.column) setActive({ row, column })
    },
    onKeyDown: (event: KeyboardEvent) => {
      const move = gridMove(event, row, column, { rows, columns, pageRows })
      if (!move) return
      event.preventDefault()
      moveTo(...move)
    },
  })

  return { cell }
}
