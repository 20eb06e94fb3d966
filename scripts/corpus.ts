// Writes the synthetic corpus straight to Parquet, at any size, for `npm run api -- --dataset`:
//   npm run corpus -- --size 1000000 --out /tmp/statements-1m.parquet [--seed 1]
// or as the columnar corpus the page's engine reads (docs/data.md):
//   npm run corpus -- --size 1000000 --format columns --out /tmp/statements-1m.columns
// Large corpora belong in /tmp, never in the repository.
import { statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { writeColumnsCorpus } from './corpus-columns'
import { writeCorpus } from './corpus-write'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    format: { type: 'string', default: 'parquet' },
  },
})
const size = Number(values.size)
const seed = Number(values.seed)
const format = values.format
if (
  !values.out ||
  (format !== 'parquet' && format !== 'columns') ||
  !Number.isInteger(size) ||
  size < 1 ||
  !Number.isInteger(seed) ||
  seed < 0
) {
  console.error(
    'Usage: npm run corpus -- --size N --out file [--format parquet|columns] [--seed N]',
  )
  process.exit(2)
}
const write = format === 'columns' ? writeColumnsCorpus : writeCorpus
const result = await write({ size, seed, out: values.out, log: console.log })
const megabytes = statSync(values.out).size / 1e6
console.log(
  `Wrote ${result.statements.toLocaleString('en')} synthetic statements to ${values.out}: ${megabytes.toFixed(0)} MB in ${(result.totalMs / 1000).toFixed(1)} s (drawn in ${(result.drawnMs / 1000).toFixed(1)} s)`,
)
