// Measures the filtering engine against today's naive path on synthetic data, in one process.
// Run with `npm run bench`; writes reports/bench.json and prints a markdown table.
// `npm run bench -- --size 1000000` measures that size alone (`--size 1000,100000` several).
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { codebook } from '../data/codebook'
import { generateSyntheticDataset } from '../data/synthetic/generate'
import { applyFilters, facetCounts } from '../tests/reference/apply-filters'
import { buildIndex } from '../src/lib/engine/build-index'
import { namedSearch } from '../src/lib/engine/named-search'
import { createEngine } from '../src/lib/engine/query'
import { emptyEngineQuery, type EngineData, type EngineQuery } from '../src/lib/engine/types'
import { emptyFilterState, withList, type FilterState } from '../src/lib/url-state/filter-state'
import { filterChanges } from './bench-changes'
import { measureSearch } from './bench-search'

const listFilters = ['stance', 'kind', 'actor', 'dimension', 'channel', 'speaker'] as const
// The naive path re-runs the whole filter once per option; at scale it is sampled: this many
// changes, and this many options per facet timed and scaled to the facet's option count.
// Past 100,000 the index is built once: three million-statement indexes would not fit the heap.
const knownPlans = [
  { size: 1_000, engineRuns: 200, naiveRuns: 20, optionsSampled: 4, builds: 3 },
  { size: 10_000, engineRuns: 100, naiveRuns: 5, optionsSampled: 3, builds: 3 },
  { size: 100_000, engineRuns: 60, naiveRuns: 2, optionsSampled: 2, builds: 3 },
]
const sizeArgument = process.argv[process.argv.indexOf('--size') + 1]
const sizes = process.argv.includes('--size')
  ? (sizeArgument ?? '').split(',').map((size) => Number(size.replace(/_/g, '')))
  : knownPlans.map((plan) => plan.size)
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error('--size takes whole numbers of statements, such as --size 1000000.')
// A size asked for leaves out the naive path past 10,000 statements: it takes minutes a change.
const newPlan = (size: number) => ({ size, engineRuns: 60, naiveRuns: 2, optionsSampled: 2 })
const plans = sizes.map((size) => {
  const plan = knownPlans.find((known) => known.size === size) ?? {
    ...newPlan(size),
    builds: size > 100_000 ? 1 : 3,
  }
  return process.argv.includes('--size') && size > 10_000 ? { ...plan, naiveRuns: 0 } : plan
})

// Searches whose words are other names of actors: a name, a capital, a seat of two, a person.
const nameSearches = ['Turkey', 'Ankara', 'Brussels', 'Pashinyan', 'Moscow talks', 'Yerevan']

const gc = () => (globalThis as { gc?: () => void }).gc?.()
if (!(globalThis as { gc?: unknown }).gc)
  throw new Error('Run with node --expose-gc (npm run bench does).')
/** Memory in use after a full collection: the JavaScript heap plus typed arrays' buffers. */
const memoryMb = () => {
  gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return { heap: heapUsed / 1e6, buffers: arrayBuffers / 1e6 }
}
const median = (values: number[]) => percentile(values, 50)
const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since)
  return (user + system) / 1000
}
const percentile = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
const round = (value: number) => Math.round(value * 10) / 10

function naiveChange(data: EngineData, query: EngineQuery, sampled: number): number {
  const sources = new Set(
    (data.events ?? [])
      .filter((event) => query.event.includes(event.id))
      .flatMap((event) => event.sourceIds),
  )
  const statements = query.event.length
    ? data.statements.filter((statement) => sources.has(statement.sourceId))
    : data.statements
  const scoped = { ...data, statements }
  let state: FilterState = { ...emptyFilterState, from: query.from, to: query.to, q: query.q }
  for (const key of listFilters) state = withList(state, key, [...query[key]])
  const started = performance.now()
  applyFilters(scoped, state)
  let total = performance.now() - started
  const index = optionsOf(data)
  for (const key of listFilters) {
    const options = index[key]
    const sample = options.slice(0, Math.min(sampled, options.length))
    const begun = performance.now()
    facetCounts(scoped, state, key, sample)
    total += ((performance.now() - begun) / Math.max(1, sample.length)) * options.length
  }
  return total
}

const optionCache = new WeakMap<EngineData, Record<(typeof listFilters)[number], string[]>>()
function optionsOf(data: EngineData) {
  let options = optionCache.get(data)
  if (!options) {
    const index = buildIndex(data)
    options = {
      stance: [...index.values.stance],
      kind: [...index.values.kind],
      actor: [...index.values.actor],
      dimension: [...index.values.dimension],
      channel: [...index.values.channel],
      speaker: [...index.values.speaker],
    }
    optionCache.set(data, options)
  }
  return options
}

function measuredBuild(data: EngineData) {
  const before = memoryMb()
  const cpu = process.cpuUsage()
  const started = performance.now()
  const index = buildIndex(data)
  const ms = performance.now() - started
  const cpuTime = cpuMs(cpu)
  const after = memoryMb()
  return {
    index,
    ms,
    cpuMs: cpuTime,
    heapMb: after.heap - before.heap,
    buffersMb: after.buffers - before.buffers,
  }
}

const rows = []
const loadBefore = loadavg()[0] ?? 0
for (const plan of plans) {
  const generating = performance.now()
  const dataset = generateSyntheticDataset({ seed: 1, size: plan.size })
  const generateMs = performance.now() - generating
  const data: EngineData = { ...dataset, codebook }
  // The index is built three times, each from nothing, to give the build time and the memory it
  // holds as medians. All three are kept until measured, so no collection in between frees one.
  const builds = Array.from({ length: plan.builds }, () => measuredBuild(data))
  // As the worker makes it: its search knows actors' other names.
  const built = builds.at(-1)?.index ?? buildIndex(data)
  const search = measureSearch(built, memoryMb)
  const engine = createEngine(built, namedSearch(built))
  const buildTimes = builds.map(({ index: _, ...measured }) => measured)
  builds.length = 0
  // The code warms up on changes of another walk, on an engine of its own so that the measured
  // one starts with no search remembered; the first of them is the change of a cold engine.
  const warm = createEngine(engine.index, namedSearch(engine.index))
  const warmUp = filterChanges(engine.index, 40, 77).map((query) => {
    const started = performance.now()
    warm.query(query)
    return performance.now() - started
  })
  const changes = filterChanges(engine.index, plan.engineRuns)
  const engineCpu: number[] = []
  const engineTimes = changes.map((query) => {
    const cpu = process.cpuUsage()
    const started = performance.now()
    engine.query(query)
    const ms = performance.now() - started
    engineCpu.push(cpuMs(cpu))
    return ms
  })
  // Searches by other names, each on an engine that remembers no search, after the walk above.
  const nameCpu: number[] = []
  const nameTimes = nameSearches.map((q) => {
    const fresh = createEngine(engine.index, namedSearch(engine.index))
    const cpu = process.cpuUsage()
    const started = performance.now()
    fresh.query({ ...emptyEngineQuery, q })
    const ms = performance.now() - started
    nameCpu.push(cpuMs(cpu))
    return ms
  })
  const naiveTimes = filterChanges(engine.index, plan.naiveRuns, 9).map((query) =>
    naiveChange(data, query, plan.optionsSampled),
  )
  const row = {
    statements: plan.size,
    actors: engine.index.actors.length,
    events: engine.index.values.event.length,
    speakers: engine.index.values.speaker.length,
    generateMs: round(generateMs),
    buildMs: round(median(buildTimes.map((build) => build.ms))),
    buildCpuMs: round(median(buildTimes.map((build) => build.cpuMs))),
    engineColdFirstMs: round(warmUp[0] ?? NaN),
    engineP50Ms: round(percentile(engineTimes, 50)),
    engineP95Ms: round(percentile(engineTimes, 95)),
    engineCpuP50Ms: round(percentile(engineCpu, 50)),
    engineCpuP95Ms: round(percentile(engineCpu, 95)),
    engineRuns: plan.engineRuns,
    otherNameP50Ms: round(percentile(nameTimes, 50)),
    otherNameP95Ms: round(percentile(nameTimes, 95)),
    otherNameCpuP50Ms: round(percentile(nameCpu, 50)),
    otherNameCpuP95Ms: round(percentile(nameCpu, 95)),
    naiveP50Ms: round(percentile(naiveTimes, 50)),
    naiveP95Ms: round(percentile(naiveTimes, 95)),
    naiveRuns: plan.naiveRuns,
    naiveOptionsSampledPerFacet: plan.optionsSampled,
    speedupAtP50: Math.round(percentile(naiveTimes, 50) / percentile(engineTimes, 50)),
    speedupAtP95: Math.round(percentile(naiveTimes, 95) / percentile(engineTimes, 95)),
    tokenWords: search.words,
    tokenPostings: search.postings,
    tokenBuildMs: round(search.buildMs),
    tokenHeapMb: round(search.heapMb),
    tokenBuffersMb: round(search.buffersMb),
    searchRuns: search.searches,
    searchP50Ms: round(percentile(search.times, 50)),
    searchP95Ms: round(percentile(search.times, 95)),
    searchMaxMs: round(Math.max(...search.times)),
    searchCpuP50Ms: round(percentile(search.cpuTimes, 50)),
    searchCpuP95Ms: round(percentile(search.cpuTimes, 95)),
    searchSlowest: search.slowest,
    scanRuns: search.scanTimes.length,
    scanP50Ms: round(percentile(search.scanTimes, 50)),
    scanP95Ms: round(percentile(search.scanTimes, 95)),
    indexHeapMb: round(median(buildTimes.map((build) => build.heapMb))),
    indexBuffersMb: round(median(buildTimes.map((build) => build.buffersMb))),
    heapUsedMb: round(memoryMb().heap),
  }
  rows.push(row)
  console.error(`measured ${plan.size} statements (load average ${round(loadavg()[0] ?? 0)})`)
}
const report = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  loadAverageBefore: round(loadBefore),
  loadAverageAfter: round(loadavg()[0] ?? 0),
  note: 'Times are wall-clock; CPU times are the process’s own, which the machine’s other work does not lengthen as much. The index is built three times and its build time and memory (after a full collection, JavaScript heap and typed arrays’ buffers apart) are medians. Before the timed changes the code is warmed up by 40 changes of another walk on an engine of its own, so the timed engine has no search remembered; the first of those is the cold first change. Naive path: applyFilters once, then facetCounts on a sample of each facet’s options, scaled to its full option count (the event facet has no naive counterpart and is left out of it). A filter change for the engine includes every facet’s counts. The engine is made as the worker makes it, its search knowing actors’ other names; each other-name search is timed on an engine that remembers no search.',
  rows,
}
mkdirSync('reports', { recursive: true })
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`)

const ms = (value: number) => (value >= 1000 ? `${round(value / 1000)} s` : `${value} ms`)
console.log(
  '| statements | actors | events | generated in | index build (CPU) | engine p50 / p95 (CPU p50 / p95; runs) | other-name search p50 / p95 (CPU) | cold first change | naive p50 / p95 (runs, options sampled per facet) | speed-up at p50 / p95 | index memory (heap + buffers) |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
for (const row of rows)
  console.log(
    `| ${row.statements.toLocaleString('en')} | ${row.actors} | ${row.events} | ${ms(row.generateMs)} | ${ms(row.buildMs)} (${ms(row.buildCpuMs)}) | ${row.engineP50Ms} / ${row.engineP95Ms} ms (${row.engineCpuP50Ms} / ${row.engineCpuP95Ms} ms; ${row.engineRuns}) | ${row.otherNameP50Ms} / ${row.otherNameP95Ms} ms (${row.otherNameCpuP50Ms} / ${row.otherNameCpuP95Ms} ms) | ${ms(row.engineColdFirstMs)} | ${ms(row.naiveP50Ms)} / ${ms(row.naiveP95Ms)} (${row.naiveRuns}, ${row.naiveOptionsSampledPerFacet}) | ${row.speedupAtP50}× / ${row.speedupAtP95}× | ${row.indexHeapMb} + ${row.indexBuffersMb} MB |`,
  )
console.log(
  '\n| statements | token index | built in | its memory (heap + buffers) | search p50 / p95 / worst (CPU p50 / p95; searches; the worst) | reading every statement p50 / p95 (searches) |',
)
console.log('|---|---|---|---|---|---|')
for (const row of rows)
  console.log(
    `| ${row.statements.toLocaleString('en')} | ${row.tokenWords.toLocaleString('en')} words, ${row.tokenPostings.toLocaleString('en')} postings | ${ms(row.tokenBuildMs)} | ${row.tokenHeapMb} + ${row.tokenBuffersMb} MB | ${row.searchP50Ms} / ${row.searchP95Ms} / ${row.searchMaxMs} ms (CPU ${row.searchCpuP50Ms} / ${row.searchCpuP95Ms} ms; ${row.searchRuns}; worst “${row.searchSlowest}”) | ${ms(row.scanP50Ms)} / ${ms(row.scanP95Ms)} (${row.scanRuns}) |`,
  )
console.log(
  `\nLoad average ${report.loadAverageBefore} before, ${report.loadAverageAfter} after, on ${process.version}.`,
)
