import table from './other-names.json' with { type: 'json' }

/**
 * Names a reader may search for a state by, beyond those in `states.json` (its name, its other
 * names, its capital): former names and names still in use ("Persia", "Holland"), another
 * spelling or name of its capital ("Kiev", "Peking"), and a city where its government sits other
 * than the capital ("The Hague", "La Paz"). Well-known names only; nothing else is claimed.
 *
 * Kept apart from `states.json`, whose names the workspace's draft extractor reads: these are for
 * search alone, and adding them there would change what the extractor finds in a text.
 *
 * Columns: the state's id, what the names are (`name`, `capital` or `seat`), the names.
 */
export type OtherNameRow = readonly [
  id: string,
  kind: 'name' | 'capital' | 'seat',
  names: readonly string[],
]

const kinds: readonly unknown[] = ['name', 'capital', 'seat']
const isRow = (row: unknown): row is OtherNameRow =>
  Array.isArray(row) &&
  row.length === 3 &&
  typeof row[0] === 'string' &&
  kinds.includes(row[1]) &&
  Array.isArray(row[2]) &&
  row[2].every((name) => typeof name === 'string')

export const otherNameRows: readonly OtherNameRow[] = table.map((row: unknown, index) => {
  if (!isRow(row))
    throw new Error(
      `other-names.json, row ${index + 1}: expected an id, "name", "capital" or "seat", and names`,
    )
  return row
})
