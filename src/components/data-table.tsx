import type { ReactNode } from 'react'

/** A table's column: its heading, each row's value (what it sorts by) and how that is shown. */
export type Column<Row> = {
  key: string
  label: string
  value: (row: Row) => string | number
  render?: (row: Row) => ReactNode
  numeric?: boolean
  /** The cell names its row (a `th`), as a field's name heads its figures. */
  rowHeader?: boolean
}

/** A table's body, a line per row and a cell per column; shared by the plain and sortable tables. */
export function TableBody<Row>(props: {
  rows: readonly Row[]
  rowKey: (row: Row) => string
  columns: readonly Column<Row>[]
}) {
  const { rows, rowKey, columns } = props
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={rowKey(row)}>
          {columns.map((column) => {
            const content = column.render ? column.render(row) : column.value(row)
            return column.rowHeader ? (
              <th key={column.key} scope="row">
                {content}
              </th>
            ) : (
              <td key={column.key} data-numeric={column.numeric}>
                {content}
              </td>
            )
          })}
        </tr>
      ))}
    </tbody>
  )
}

/** A plain, unsortable table: a caption, a heading per column and a line per row. */
export function DataTable<Row>(props: {
  caption: string
  /** Said to screen readers only, where a heading above already names the table. */
  captionHidden?: boolean
  className?: string
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
}) {
  const { caption, captionHidden, className, columns, rows, rowKey } = props
  return (
    <table className={className}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <TableBody rows={rows} rowKey={rowKey} columns={columns} />
    </table>
  )
}
