import { useState, type ReactNode } from 'react'

export type Column<Row> = {
  key: string
  label: string
  value: (row: Row) => string | number
  render?: (row: Row) => ReactNode
  numeric?: boolean
}

/** A data table whose columns sort on a click, announcing the order through `aria-sort`. */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
}) {
  const [sort, setSort] = useState<{ key: string; direction: 'ascending' | 'descending' } | null>(
    null,
  )
  const column = columns.find((item) => item.key === sort?.key)
  const sorted = column
    ? [...rows].sort((a, b) => {
        const x = column.value(a)
        const y = column.value(b)
        const order =
          typeof x === 'number' && typeof y === 'number'
            ? x - y
            : String(x).localeCompare(String(y))
        return sort?.direction === 'descending' ? -order : order
      })
    : rows
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((item) => {
              const active = sort?.key === item.key
              return (
                <th
                  key={item.key}
                  scope="col"
                  aria-sort={active ? sort.direction : 'none'}
                  data-numeric={item.numeric}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort({
                        key: item.key,
                        direction:
                          active && sort.direction === 'ascending' ? 'descending' : 'ascending',
                      })
                    }
                  >
                    {item.label}
                    <span aria-hidden="true">
                      {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((item) => (
                <td key={item.key} data-numeric={item.numeric}>
                  {item.render ? item.render(row) : item.value(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
