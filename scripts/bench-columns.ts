// Measures the engine over a columnar corpus as the page would hold it: ready (the file read, the
// index and the token index made), memory, filter changes with every facet's counts, searches.
//   npm run bench:columns -- --corpus /tmp/statements-1m.columns
//   npm run bench:columns -- --objects 100000   (the same, over statements generated as today)
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { codebook } from '../data/codebook'
import { generateSyntheticDataset } from '../data/synthetic/generate'
import { buildIndex, type EngineIndex } from '../src/lib/engine/build-index'
import { columnsIndex } from '../src/lib/engine/columns-index'
import { namedSearch } from '../src/lib/engine/named-search'
import { createEngine } from '../src/lib/engine/query'
import { filterChanges } from './bench-changes'
import { measureSearch } from './bench-search'

const argument = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined
const corpus = argument('--corpus')
const objects = Number(argument('--objects') ?? NaN)
if (!corpus && !Number.isInteger(objects))
  throw new Error('Give --corpus file.columns, or --objects N to generate N statements as today.')

const gc = () => (globalThis as { gc?: () => void }).gc?.()
if (!(globalThis as { gc?: unknown }).gc) throw new Error('Run with node --expose-gc.')
/** Memory in use after a full collection: the JavaScript heap plus typed arrays' buffers. */
const memoryMb = () => {
  gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return { heap: heapUsed / 1e6, buffers: arrayBuffers / 1e6 }
}
const percentile = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
const round = (value: number) => Math.round(value * 10) / 10
const timed = <T>(run: () => T): [T, number] => {
  const started = performance.now()
  const value = run()
  return [value, performance.now() - started]
}

const loadBefore = loadavg()[0] ?? 0
const before = memoryMb()
const started = performance.now()
const [index, readMs] = timed((): EngineIndex => {
  if (corpus) return columnsIndex(new Uint8Array(readFileSync(corpus))).index
  return buildIndex({ ...generateSyntheticDataset({ seed: 1, size: objects }), codebook })
})
// As the worker makes it: a search that knows other names, over the token index built now.
const [engine, searchReadyMs] = timed(() => createEngine(index, namedSearch(index)))
const readyMs = performance.now() - started
const ready = memoryMb()

const warm = createEngine(index, namedSearch(index))
for (const query of filterChanges(index, 40, 77)) warm.query(query)
const changeTimes = filterChanges(index, 60).map((query) => timed(() => engine.query(query))[1])
const search = measureSearch(index, memoryMb, 0)
const after = memoryMb()
const row = {
  source: corpus ?? `${objects.toLocaleString('en')} generated statements`,
  statements: index.statements.length,
  readMs: round(readMs),
  tokenIndexMs: round(searchReadyMs),
  readyMs: round(readyMs),
  readyHeapMb: round(ready.heap - before.heap),
  readyBuffersMb: round(ready.buffers - before.buffers),
  afterHeapMb: round(after.heap - before.heap),
  afterBuffersMb: round(after.buffers - before.buffers),
  changeP50Ms: round(percentile(changeTimes, 50)),
  changeP95Ms: round(percentile(changeTimes, 95)),
  changeMaxMs: round(Math.max(...changeTimes)),
  searchP50Ms: round(percentile(search.times, 50)),
  searchP95Ms: round(percentile(search.times, 95)),
  searchMaxMs: round(Math.max(...search.times)),
  searches: search.searches,
  slowestSearch: search.slowest,
  loadAverage: `${round(loadBefore)} → ${round(loadavg()[0] ?? 0)}`,
}
console.log(JSON.stringify(row, null, 2))
