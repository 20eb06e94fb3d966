import type { ReactNode } from 'react'

type Props<Row> = {
  caption: ReactNode
  /** Said to screen readers only, where a heading above already names the table. */
  captionHidden?: boolean
  className?: string
  columns: readonly string[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
  /** One cell per column, in their order. */
  cells: (row: Row) => readonly ReactNode[]
  /** The first cell names its row (a `th`), as a field's name heads its figures. */
  rowHeadings?: boolean
}

/** A plain, unsortable table: a caption, a heading per column and a line per row. */
export function DataTable<Row>(props: Props<Row>) {
  const { caption, captionHidden, className, columns, rows, rowKey, cells, rowHeadings } = props
  return (
    <table className={className}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {cells(row).map((cell, index) =>
              rowHeadings && index === 0 ? (
                <th key={columns[index]} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={columns[index]}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
