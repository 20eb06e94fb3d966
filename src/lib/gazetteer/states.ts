import table from './states.json' with { type: 'json' }

/**
 * The 193 member states of the United Nations: the name in common English use, ISO 3166-1
 * alpha-2, alpha-3 and numeric codes, the capital and the demonym. Names and codes only; nothing
 * else about any state is claimed here.
 *
 * Columns: id, name, alpha-2, alpha-3, numeric, capital, demonym, other names. The table is data
 * (`states.json`, one state a line), checked against this shape when it loads.
 */
export type StateRow = readonly [
  id: string,
  name: string,
  alpha2: string,
  alpha3: string,
  numeric: number,
  capital: string,
  demonym: string,
  aliases?: readonly string[],
]

// Checked by hand rather than with the schema library: the charts and the map read the states,
// and that library loads only with the first answer the page asks for.
const strings = (values: readonly unknown[]) => values.every((value) => typeof value === 'string')
const isStateRow = (row: unknown): row is StateRow =>
  Array.isArray(row) &&
  (row.length === 7 || row.length === 8) &&
  strings(row.slice(0, 4)) &&
  typeof row[4] === 'number' &&
  strings(row.slice(5, 7)) &&
  (row.length === 7 || (Array.isArray(row[7]) && strings(row[7])))

function checkedRows(rows: readonly unknown[]): StateRow[] {
  return rows.map((row, index) => {
    if (!isStateRow(row))
      throw new Error(
        `states.json, row ${index + 1}: expected id, name, alpha-2, alpha-3, numeric code, capital, demonym and optional other names`,
      )
    return row
  })
}

export const stateRows: readonly StateRow[] = checkedRows(table)

/**
 * The observer states of the United Nations General Assembly, in the same columns. For the State
 * of Palestine the capital column holds Ramallah, the seat of its government that news prose
 * names for it; the capital it claims is not settled here.
 */
export const observerRows: readonly StateRow[] = checkedRows([
  ['holy-see', 'Holy See', 'va', 'VAT', 336, 'Vatican City', 'Vatican', ['the Vatican']],
  ['palestine', 'Palestine', 'ps', 'PSE', 275, 'Ramallah', 'Palestinian', ['State of Palestine']],
])
