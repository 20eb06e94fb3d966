import { useState } from 'react'
import { formatCount } from '../lib/format'
import { TableBody, type Column } from './data-table'

/** Rows a table shows at once: past this it pages, so a large dataset never renders whole. */
export const tablePageSize = 50

/**
 * A data table whose columns sort on a click, announcing the order through `aria-sort`; past
 * `pageSize` rows it shows one page at a time, with Previous and Next.
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  pageSize = tablePageSize,
}: {
  caption: string
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
  pageSize?: number
}) {
  const [sort, setSort] = useState<{ key: string; direction: 'ascending' | 'descending' } | null>(
    null,
  )
  const [page, setPage] = useState(0)
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
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize))
  // Fewer rows after a filter change leave the last page that still exists.
  const current = Math.min(page, pages - 1)
  const first = current * pageSize
  const shown = pages > 1 ? sorted.slice(first, first + pageSize) : sorted
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
                    onClick={() => {
                      setPage(0)
                      setSort({
                        key: item.key,
                        direction:
                          active && sort.direction === 'ascending' ? 'descending' : 'ascending',
                      })
                    }}
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
        <TableBody rows={shown} rowKey={rowKey} columns={columns} />
      </table>
      {pages > 1 && (
        <div className="table-pager">
          <button
            type="button"
            className="link-button"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Previous rows
          </button>
          <span aria-live="polite">
            Rows {formatCount(first + 1)}–{formatCount(first + shown.length)} of{' '}
            {formatCount(sorted.length)}
          </span>
          <button
            type="button"
            className="link-button"
            disabled={current === pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next rows
          </button>
        </div>
      )}
    </div>
  )
}
