import type { ReactNode } from 'react'

/** One cell of a row: a `th` where it names its row, numeric cells aligned as figures. */
export type TableCell = { key: string; content: ReactNode; numeric?: boolean; heading?: boolean }

/** A table's body, a line per row; shared by the plain and the sortable tables. */
export function TableBody<Row>(props: {
  rows: readonly Row[]
  rowKey: (row: Row) => string
  cells: (row: Row) => readonly TableCell[]
}) {
  const { rows, rowKey, cells } = props
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={rowKey(row)}>
          {cells(row).map((cell) =>
            cell.heading ? (
              <th key={cell.key} scope="row">
                {cell.content}
              </th>
            ) : (
              <td key={cell.key} data-numeric={cell.numeric}>
                {cell.content}
              </td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  )
}

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
      <TableBody
        rows={rows}
        rowKey={rowKey}
        cells={(row) =>
          cells(row).map((content, index) => ({
            key: columns[index] ?? String(index),
            content,
            heading: rowHeadings === true && index === 0,
          }))
        }
      />
    </table>
  )
}
