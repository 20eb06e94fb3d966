import { parquetWriteBuffer } from 'hyparquet-writer'
import type { AddresseeRow, PositionRow } from './package-tables'
import type { PackageContents } from './data-package'
import { statementsTable } from './statements-table'
import type { Field } from './table-fields'

// Parquet's own types for the table's: text as UTF-8, days as DATE (days since 1970), counts as
// 32-bit integers. A field that is never empty is REQUIRED, so a reader knows it has no nulls.
const physical = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT32' },
  date: { type: 'INT32', converted_type: 'DATE' },
  boolean: { type: 'BOOLEAN' },
} as const

const column = <Row>(field: Field<Row>) => ({
  name: field.name,
  ...physical[field.type],
  repetition_type: field.required ? ('REQUIRED' as const) : ('OPTIONAL' as const),
})

const utf8 = (name: string, required: boolean) => ({
  name,
  type: 'BYTE_ARRAY' as const,
  converted_type: 'UTF8' as const,
  repetition_type: required ? ('REQUIRED' as const) : ('OPTIONAL' as const),
})

/** A list column (Parquet's three-level LIST) of `element`, or of a group of `members`. */
const list = (name: string, members: ReturnType<typeof utf8>[]) => [
  { name, repetition_type: 'REQUIRED' as const, converted_type: 'LIST' as const, num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED' as const, num_children: 1 },
  ...(members.length === 1 && members[0]
    ? [{ ...members[0], name: 'element' }]
    : [
        { name: 'element', repetition_type: 'REQUIRED' as const, num_children: members.length },
        ...members,
      ]),
]

const midnight = (iso: string) => new Date(`${iso}T00:00:00Z`)

/**
 * The view's statements as one Parquet file: every column of the data package's statements.csv
 * with its type, and the lists a CSV spreads over other files kept in their row as lists —
 * `quotes`, `positions` (dimension, value, party, label) and `addressees` (actor id, name).
 * `meta` is written into the file's key-value metadata (dataset, notice, filters, view).
 */
export function statementsParquet(
  contents: PackageContents,
  meta: Readonly<Record<string, string>>,
): Uint8Array<ArrayBuffer> {
  const { statements } = contents
  const fields = statementsTable.fields
  const of = <Item extends { statement_id: string }>(items: readonly Item[]) => {
    const by = new Map<string, Item[]>()
    for (const item of items) {
      const list = by.get(item.statement_id)
      if (list) list.push(item)
      else by.set(item.statement_id, [item])
    }
    return (id: string) => by.get(id) ?? []
  }
  const positionsOf = of<PositionRow>(contents.positions)
  const addresseesOf = of<AddresseeRow>(contents.addressees)
  const columnData = [
    ...fields.map((field) => ({
      name: field.name,
      data: statements.map((row) => {
        const value = field.value(row)
        return field.type === 'date' && typeof value === 'string' ? midnight(value) : value
      }),
    })),
    { name: 'quotes', data: statements.map((row) => [...row.quotes]) },
    {
      name: 'positions',
      data: statements.map((row) =>
        positionsOf(row.statement_id).map(({ dimension, value, party, label }) => ({
          dimension,
          value,
          party,
          label,
        })),
      ),
    },
    {
      name: 'addressees',
      data: statements.map((row) =>
        addresseesOf(row.statement_id).map(({ actor_id, addressee }) => ({
          actor_id,
          name: addressee,
        })),
      ),
    },
  ]
  const schema = [
    { name: 'root', num_children: columnData.length },
    ...fields.map(column),
    ...list('quotes', [utf8('element', true)]),
    ...list('positions', [
      utf8('dimension', true),
      utf8('value', true),
      utf8('party', false),
      utf8('label', true),
    ]),
    ...list('addressees', [utf8('actor_id', false), utf8('name', true)]),
  ]
  const buffer = parquetWriteBuffer({
    columnData,
    schema,
    kvMetadata: Object.entries(meta).map(([key, value]) => ({ key, value })),
    createdBy: 'diplomatic reactions tracker',
  })
  return new Uint8Array(buffer)
}
