/**
 * Where a key sends the focus in an ARIA grid of `rows` × `columns` cells: arrow keys to the next
 * cell, Home and End to the row's ends (with Ctrl, the grid's), and, when the grid scrolls by
 * `pageRows`, Page Up and Page Down by that many rows. `undefined` for any other key. The place
 * may lie outside the grid: the caller clamps it to the cells it has.
 */
export function gridMove(
  key: { key: string; ctrlKey: boolean },
  row: number,
  column: number,
  size: { rows: number; columns: number; pageRows?: number },
): [number, number] | undefined {
  const { rows, columns, pageRows } = size
  const moves: Record<string, [number, number]> = {
    ArrowUp: [row - 1, column],
    ArrowDown: [row + 1, column],
    ArrowLeft: [row, column - 1],
    ArrowRight: [row, column + 1],
    ...(pageRows === undefined
      ? {}
      : {
          PageUp: [Math.max(0, row - pageRows), column],
          PageDown: [row + pageRows, column],
        }),
    Home: key.ctrlKey ? [0, 0] : [row, 0],
    End: key.ctrlKey ? [rows - 1, columns - 1] : [row, columns - 1],
  }
  return moves[key.key]
}
