import 'fake-indexeddb/auto'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { applyChange, inverseChange, putChange } from '../src/lib/workspace/changes'
import { createDataPackage } from '../src/lib/workspace/data-package'
import { createImportService } from '../src/lib/workspace/import-service'
import { mergeChange } from '../src/lib/workspace/merge'
import { openWorkspaceStore } from '../src/lib/workspace/store'
import { benchImportInBrowser, printBrowserFigures } from './bench-import-browser'
import { benchData } from './bench-import-data'

/**
 * How long an import takes: a synthetic file of statements read against a synthetic workspace
 * (100,000 rows against 50,000 statements unless told otherwise), as the import worker reads it:
 * the file's text, parsing, and each row placed in its source and checked; then the change
 * written to a workspace held in memory and the change that undoes it. With `--package`, also an
 * exported workspace of the same size read back and compared with the one there is. With
 * `--indexeddb`, the write to IndexedDB as well (fake-indexeddb in Node, far slower than a
 * browser's). Prints the median of three runs after a warm-up, with the machine's load average.
 * `npm run bench:import` (or `-- --rows 20000 --existing 10000 --package`). With `--browser`,
 * after `npm run build`: the same import in Chromium, as the page runs it (bench-import-browser).
 */
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    existing: { type: 'string', default: '50000' },
    package: { type: 'boolean', default: false },
    indexeddb: { type: 'boolean', default: false },
    browser: { type: 'boolean', default: false },
  },
})
const rows = Number(values.rows)
const existing = Number(values.existing)
if (values.browser) {
  printBrowserFigures(await benchImportInBrowser(existing, rows))
  process.exit(0)
}
const { workspace, csv } = benchData(existing, rows)
const file = new File([csv], 'synthetic-statements.csv', { type: 'text/csv' })
const service = createImportService()
const context = { data: workspace, datasetActorIds: [] }

/** Wall-clock time, and the CPU time this process spent: on a shared machine they differ. */
const timed = async <T>(work: () => Promise<T> | T) => {
  const start = performance.now()
  const cpu = process.cpuUsage()
  const value = await work()
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value }
}
const median = (times: number[]) =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0
const figures: Record<string, { wall: number[]; cpu: number[] }> = {}
const keep = (name: string, ...parts: { ms: number; cpuMs: number }[]) => {
  const figure = (figures[name] ??= { wall: [], cpu: [] })
  figure.wall.push(parts.reduce((sum, part) => sum + part.ms, 0))
  figure.cpu.push(parts.reduce((sum, part) => sum + part.cpuMs, 0))
}

for (let run = 0; run < 4; run += 1) {
  const read = await timed(() => service.readCsvFile(file, context))
  if (!read.value.ok) throw new Error(read.value.problems.join('\n'))
  const { reading } = read.value
  if (reading.valid.length !== rows || reading.problems.length > 0)
    throw new Error(`expected ${rows} valid rows, got ${reading.valid.length} and problems`)
  const change = putChange({ statements: reading.valid })
  const write = await timed(() => applyChange(workspace, change))
  const undo = await timed(() => inverseChange(workspace, change))
  if (run === 0) continue // the warm-up
  keep('read and check the CSV', read)
  keep('write to the workspace (memory)', write)
  keep('work out the undo', undo)
  keep('CSV import in all', read, write, undo)
}

if (values.indexeddb) {
  const store = await openWorkspaceStore(`bench-import-${Date.now()}`)
  await store.replace(workspace)
  const read = await service.readCsvFile(file, context)
  if (!read.ok) throw new Error('the file was refused')
  const write = await timed(() => store.write(putChange({ statements: read.reading.valid })))
  keep('write to IndexedDB (fake-indexeddb)', write)
  store.close()
}

if (values.package) {
  const both = applyChange(workspace, putChange({ statements: [] }))
  const text = JSON.stringify(await createDataPackage(both, new Date()), null, 2)
  const pack = new File([text], 'synthetic-workspace.json', { type: 'application/json' })
  for (let run = 0; run < 3; run += 1) {
    const read = await timed(() => service.readPackageFile(pack, context))
    if (!read.value.ok) throw new Error(read.value.problems.join('\n'))
    const { plan } = read.value
    const merge = await timed(() => mergeChange(workspace, plan, () => 'keep-mine'))
    keep(`read a ${(pack.size / 1e6).toFixed(0)} MB package and compare it`, read)
    keep('work out the merge', merge)
  }
}

console.log(
  `import of ${rows.toLocaleString('en')} synthetic rows into a workspace of ${existing.toLocaleString('en')} statements (${(file.size / 1e6).toFixed(1)} MB of CSV, ${workspace.sources.length} sources)`,
)
const runs = (times: number[]) => times.map((ms) => ms.toFixed(0)).join(', ')
for (const [name, { wall, cpu }] of Object.entries(figures))
  console.log(
    `  ${name}: median ${median(wall).toFixed(0)} ms (runs ${runs(wall)}); CPU ${median(cpu).toFixed(0)} ms`,
  )
console.log(
  `load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(', ')}`,
)
