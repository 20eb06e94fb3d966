import { csvLines } from './csv'

/**
 * A column of an open-format table, described once: its name, its type as Frictionless Table
 * Schema names it, what it means, its constraints, and how to read its value off a row. The data
 * package's `datapackage.json`, its CSV files and the Parquet file are all written from these.
 */
export type Field<Row> = {
  name: string
  type: 'string' | 'integer' | 'date' | 'boolean'
  description: string
  /** Never empty. */
  required?: true
  /** The only values it takes, where the codebook closes the list. */
  values?: readonly string[]
  minimum?: number
  value: (row: Row) => Cell
}

/** A value as a table holds it; null where there is none (an empty cell in the CSV). */
export type Cell = string | number | boolean | null

/** One table: its fields, which of them identify a row, and which point at another table's rows. */
export type Table<Row> = {
  name: string
  title: string
  description: string
  fields: readonly Field<Row>[]
  primaryKey: readonly string[]
  foreignKeys: readonly { fields: string; table: string; field: string }[]
}

export const text = <Row>(
  name: string,
  description: string,
  value: (row: Row) => string | null,
  more: Partial<Field<Row>> = {},
): Field<Row> => ({
  name,
  type: 'string',
  description,
  // An empty string is no value: the CSV's empty cell, null in Parquet.
  value: (row) => value(row) || null,
  ...more,
})

export const whole = <Row>(
  name: string,
  description: string,
  value: (row: Row) => number,
  more: Partial<Field<Row>> = {},
): Field<Row> => ({ name, type: 'integer', description, value, minimum: 0, ...more })

export const day = <Row>(
  name: string,
  description: string,
  value: (row: Row) => string,
): Field<Row> => ({ name, type: 'date', description, required: true, value })

export const oneOf = <Row>(
  name: string,
  values: readonly string[],
  description: string,
  value: (row: Row) => string | null,
  more: Partial<Field<Row>> = {},
): Field<Row> => text(name, description, value, { values, ...more })

/** The field as Table Schema (Data Package 2.0) writes it. */
function schemaField<Row>(field: Field<Row>) {
  const constraints = {
    ...(field.required ? { required: true } : {}),
    ...(field.values ? { enum: [...field.values] } : {}),
    ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
  }
  return {
    name: field.name,
    type: field.type,
    // Days as ISO 8601 writes them, said outright as the pattern readers parse them by.
    ...(field.type === 'date' ? { format: '%Y-%m-%d' } : {}),
    description: field.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  }
}

/** The table as a Data Package 2.0 resource, its Table Schema written inline. */
export function tableResource<Row>(table: Table<Row>) {
  return {
    name: table.name,
    type: 'table',
    path: `${table.name}.csv`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    title: table.title,
    description: table.description,
    dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"' },
    schema: {
      fields: table.fields.map(schemaField),
      missingValues: [''],
      primaryKey: [...table.primaryKey],
      ...(table.foreignKeys.length > 0
        ? {
            foreignKeys: table.foreignKeys.map((key) => ({
              fields: [key.fields],
              reference: { resource: key.table, fields: [key.field] },
            })),
          }
        : {}),
    },
  }
}

/** The table's rows as CSV, header first; a missing value is an empty cell. */
export function tableCsv<Row>(table: Table<Row>, rows: readonly Row[]): string {
  return csvLines(
    table.fields.map((field) => field.name),
    rows.map((row) =>
      table.fields.map((field) => {
        const cell = field.value(row)
        return cell === null ? '' : typeof cell === 'boolean' ? String(cell) : cell
      }),
    ),
  )
}
