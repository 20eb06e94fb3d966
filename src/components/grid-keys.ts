import { useRef, useState, type KeyboardEvent } from 'react'
import { gridMove } from '../lib/grid-moves'

export type GridCellKeys = {
  'data-cell': string
  tabIndex: number
  onFocus: () => void
  onKeyDown: (event: KeyboardEvent) => void
}

/**
 * The ARIA grid pattern for a chart drawn as a grid: one tab stop for the whole grid (a roving
 * tabindex), arrow keys move between cells, Home and End go to the row's ends (with Ctrl, the
 * grid's). A cell that filters holds a button, so Enter and Space do what a click does.
 */
export function useGridKeys(rows: number, columns: number) {
  const [active, setActive] = useState({ row: 0, column: 0 })
  const grid = useRef<HTMLDivElement>(null)
  const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value))
  // A cell that is gone (the filters left fewer rows) hands the tab stop to the nearest one.
  const current = { row: clamp(active.row, rows), column: clamp(active.column, columns) }

  const moveTo = (row: number, column: number) => {
    const next = { row: clamp(row, rows), column: clamp(column, columns) }
    setActive(next)
    grid.current?.querySelector<HTMLElement>(`[data-cell="${next.row}-${next.column}"]`)?.focus()
  }

  /** What each cell's focusable part needs: its place, whether it holds the tab stop, its keys. */
  const cell = (row: number, column: number): GridCellKeys => ({
    'data-cell': `${row}-${column}`,
    tabIndex: row === current.row && column === current.column ? 0 : -1,
    onFocus: () => setActive({ row, column }),
    onKeyDown: (event: KeyboardEvent) => {
      const move = gridMove(event, row, column, { rows, columns })
      if (!move) return
      event.preventDefault()
      moveTo(...move)
    },
  })

  // `current` is the cell holding the tab stop, for a grid that draws only the rows it changes.
  return { grid, cell, current }
}
