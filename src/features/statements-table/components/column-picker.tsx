import { tableColumnIds, type TableColumnId } from '../../../lib/url-state/view-state'
import { columnLabels, shownColumns, toggleColumn } from '../rows'

/** The columns the table shows, each a checkbox; the last one shown cannot be hidden. */
export function ColumnPicker({
  columns,
  onChange,
}: {
  columns: readonly TableColumnId[]
  onChange: (columns: TableColumnId[]) => void
}) {
  const shown = shownColumns(columns)
  return (
    <details className="column-picker">
      <summary>Columns</summary>
      <fieldset>
        <legend className="visually-hidden">Columns shown</legend>
        {tableColumnIds.map((column) => {
          const checked = shown.includes(column)
          return (
            <label key={column}>
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && shown.length === 1}
                onChange={() => onChange(toggleColumn(columns, column))}
              />{' '}
              {columnLabels[column]}
            </label>
          )
        })}
      </fieldset>
    </details>
  )
}
