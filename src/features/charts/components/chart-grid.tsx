import type { ReactNode } from 'react'
import { useGridKeys, type GridCellKeys } from '../../../components/grid-keys'

type Props<Column> = {
  label: string
  className: string
  /** The row headings' and the cells' widths, as CSS grid track sizes. */
  tracks: { heading: string; cell: string }
  /** The actors down the side, by id. */
  rows: readonly string[]
  rowName: (id: string) => string
  columns: readonly Column[]
  columnKey: (column: Column) => string
  /** A column heading's class, and what it holds, given its keys. */
  headClassName: string
  head: (column: Column, keys: GridCellKeys) => ReactNode
  cell: (row: string, column: Column, keys: GridCellKeys) => ReactNode
}

/**
 * A chart drawn as an ARIA grid, actors down the side: the heading row, the row headings and the
 * roving tab stop, shared by the positions matrix and the agreement heat map.
 */
export function ChartGrid<Column>(props: Props<Column>) {
  const { label, className, tracks, rows, rowName, columns, columnKey } = props
  const { grid, cell: keys } = useGridKeys(rows.length + 1, columns.length + 1)
  return (
    <div
      ref={grid}
      role="grid"
      aria-label={label}
      className={className}
      style={{
        gridTemplateColumns: `${tracks.heading} repeat(${columns.length}, ${tracks.cell})`,
      }}
    >
      <div role="row" className="grid-row">
        <span role="columnheader" className="matrix-corner">
          <span {...keys(0, 0)} className="grid-focus">
            <span className="visually-hidden">Actor</span>
          </span>
        </span>
        {columns.map((column, index) => (
          <span role="columnheader" key={columnKey(column)} className={props.headClassName}>
            {props.head(column, keys(0, index + 1))}
          </span>
        ))}
      </div>
      {rows.map((row, rowIndex) => (
        <div role="row" key={row} className="grid-row">
          <span role="rowheader" className="matrix-row-head">
            <span {...keys(rowIndex + 1, 0)} className="grid-focus">
              {rowName(row)}
            </span>
          </span>
          {columns.map((column, index) => (
            <span role="gridcell" key={columnKey(column)} className="grid-cell">
              {props.cell(row, column, keys(rowIndex + 1, index + 1))}
            </span>
          ))}
        </div>
      ))}
    </div>
  )
}
