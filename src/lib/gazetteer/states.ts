import * as z from 'zod/mini'
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

const stateRowSchema = z.union([
  z.tuple([z.string(), z.string(), z.string(), z.string(), z.number(), z.string(), z.string()]),
  z.tuple([
    z.string(),
    z.string(),
    z.string(),
    z.string(),
    z.number(),
    z.string(),
    z.string(),
    z.array(z.string()),
  ]),
])

export const stateRows: readonly StateRow[] = z.array(stateRowSchema).parse(table)
