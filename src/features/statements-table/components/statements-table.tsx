import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef } from 'react'
import { Flag } from '../../../components/flag'
import { highlightMatches } from '../../../components/highlight-matches'
import type { TableColumnId, TableSort } from '../../../lib/url-state/view-state'
import {
  columnLabels,
  nextSort,
  parseSort,
  shownColumns,
  sortRows,
  type StatementRow,
} from '../rows'
import { ColumnPicker } from './column-picker'
import { useRowKeys } from '../use-row-keys'
import { formatCount } from '../../../lib/format'
import { useSharedView } from '../../../lib/view/shared-view'

/** Each row has one height, so the table knows where any row is without drawing it. */
export const rowHeight = 72
const headerHeight = 36

/** Dates and names are short; the words take the rest. */
const columnWidths: Record<TableColumnId, string> = {
  date: '9rem',
  event: '11rem',
  actor: '10rem',
  'actor-stance': '10rem',
  stance: '10rem',
  speaker: '10rem',
  positions: '11rem',
  words: 'minmax(16rem, 1fr)',
}

/**
 * One row per matching statement, sortable by any column. Only the rows in view (and a few
 * around them) are drawn, so a hundred thousand statements scroll as lightly as twenty. A grid:
 * one tab stop, arrow keys between cells, Enter on a row opens its statement.
 */
export function StatementsTable({
  rows,
}: {
  /** Every matching statement as a row, in the cards' order. */
  rows: readonly StatementRow[]
}) {
  // The sort, the columns and the statement opened are the view's, so a link keeps them.
  const { view, setView, filters } = useSharedView()
  const { sort, columns, statement: linkedStatement } = view
  const search = filters.q
  const onSortChange = (next: TableSort) => setView({ ...view, sort: next }, { replace: true })
  const onColumnsChange = (next: TableColumnId[]) =>
    setView({ ...view, columns: next }, { replace: true })
  // Opens the statement as a permalink does.
  const onOpen = (statement: string) => setView({ ...view, layout: 'cards', statement })
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort])
  const shown = shownColumns(columns)
  const order = parseSort(sort)
  const scroller = useRef<HTMLDivElement>(null)
  // Not memoised by a compiler here, so the virtualiser's changing functions are safe to read.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    // The rows begin below the header, which stays over the top of the view when scrolled.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    overscan: 6,
  })
  const items = virtualizer.getVirtualItems()
  const gridTemplateColumns = shown.map((column) => columnWidths[column]).join(' ')
  const keys = useRowKeys({
    rows: sorted.length,
    columns: shown.length,
    pageRows: Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / rowHeight) - 1),
    scrollToRow: (row) => virtualizer.scrollToIndex(row, { align: 'auto' }),
    table: scroller,
  })
  const linkedIndex = linkedStatement
    ? sorted.findIndex((row) => row.statement.id === linkedStatement)
    : -1
  useEffect(() => {
    if (linkedIndex >= 0) virtualizer.scrollToIndex(linkedIndex, { align: 'center' })
  }, [linkedIndex, virtualizer])

  const cell = (row: StatementRow, column: TableColumnId) => {
    if (column === 'actor')
      return (
        <span className="table-actor">
          <Flag emblem={row.actor.emblem} size={20} />
          <span>{row.actor.name}</span>
        </span>
      )
    if (column === 'words' || column === 'speaker') return highlightMatches(row[column], search)
    return row[column]
  }
  return (
    <div className="statements-table">
      <div className="table-bar">
        <p className="result-count" role="status" aria-live="polite">
          {formatCount(sorted.length)} {sorted.length === 1 ? 'statement' : 'statements'}
        </p>
        <ColumnPicker columns={columns} onChange={onColumnsChange} />
      </div>
      <div className="statements-scroll" ref={scroller}>
        <div
          role="grid"
          aria-label="Statements"
          aria-rowcount={sorted.length + 1}
          aria-colcount={shown.length}
          aria-describedby="statements-table-help"
          className="statements-grid"
        >
          <div role="rowgroup" className="table-head">
            <div role="row" aria-rowindex={1} style={{ gridTemplateColumns }}>
              {shown.map((column, index) => (
                <div
                  key={column}
                  role="columnheader"
                  aria-colindex={index + 1}
                  aria-sort={
                    order?.column === column
                      ? order.descending
                        ? 'descending'
                        : 'ascending'
                      : 'none'
                  }
                >
                  <button
                    type="button"
                    className="sort-button"
                    {...keys.cell(-1, index)}
                    onClick={() => onSortChange(nextSort(sort, column))}
                  >
                    {columnLabels[column]}
                  </button>
                </div>
              ))}
            </div>
          </div>
          <div
            role="rowgroup"
            className="table-body"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {items.map((item) => {
              const row = sorted[item.index]
              if (!row) return null
              return (
                <div
                  key={row.statement.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-linked={row.statement.id === linkedStatement || undefined}
                  style={{
                    gridTemplateColumns,
                    height: rowHeight,
                    transform: `translateY(${item.start - headerHeight}px)`,
                  }}
                >
                  {shown.map((column, index) => {
                    const place = keys.cell(item.index, index)
                    return (
                      <div
                        key={column}
                        role="gridcell"
                        aria-colindex={index + 1}
                        data-column={column}
                        data-cell={place['data-cell']}
                        tabIndex={place.tabIndex}
                        onFocus={place.onFocus}
                        onClick={() => onOpen(row.statement.id)}
                        onKeyDown={(event) => {
                          if (event.key === 'Enter') onOpen(row.statement.id)
                          else place.onKeyDown(event)
                        }}
                      >
                        <div className="table-cell">{cell(row, column)}</div>
                      </div>
                    )
                  })}
                </div>
              )
            })}
          </div>
        </div>
      </div>
      <p id="statements-table-help" className="table-help">
        Arrow keys move between cells, Page Up and Page Down by a screenful, Ctrl+Home and Ctrl+End
        to the first and last row; Enter or a click opens the statement in its card.
      </p>
    </div>
  )
}
