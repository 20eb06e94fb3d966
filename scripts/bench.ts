// Measures the filtering engine against today's naive path on synthetic data, in one process.
// Run with `npm run bench`; writes reports/bench.json and prints a markdown table.
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { codebook } from '../mocks/data/codebook'
import { generateSyntheticDataset } from '../mocks/data/synthetic/generate'
import { applyFilters, facetCounts } from '../src/lib/statements/apply-filters'
import { buildIndex } from '../src/lib/engine/build-index'
import { createEngine } from '../src/lib/engine/query'
import type { EngineData, EngineQuery } from '../src/lib/engine/types'
import { emptyFilterState, withList, type FilterState } from '../src/lib/url-state/filter-state'
import { filterChanges } from './bench-changes'

const listFilters = ['stance', 'kind', 'actor', 'dimension', 'channel', 'speaker'] as const
// The naive path re-runs the whole filter once per option; at scale it is sampled: this many
// changes, and this many options per facet timed and scaled to the facet's option count.
const plans = [
  { size: 1_000, engineRuns: 200, naiveRuns: 20, optionsSampled: 4 },
  { size: 10_000, engineRuns: 100, naiveRuns: 5, optionsSampled: 3 },
  { size: 100_000, engineRuns: 60, naiveRuns: 2, optionsSampled: 2 },
]

const gc = () => (globalThis as { gc?: () => void }).gc?.()
const heapMb = () => process.memoryUsage().heapUsed / 1e6
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

const rows = []
const loadBefore = loadavg()[0] ?? 0
for (const plan of plans) {
  const dataset = generateSyntheticDataset({ seed: 1, size: plan.size })
  const data: EngineData = { ...dataset, codebook }
  gc()
  const heapBefore = heapMb()
  const built = performance.now()
  const engine = createEngine(buildIndex(data))
  const buildMs = performance.now() - built
  gc()
  const indexHeapMb = heapMb() - heapBefore
  const changes = filterChanges(engine.index, plan.engineRuns)
  const engineTimes = changes.map((query) => {
    const started = performance.now()
    engine.query(query)
    return performance.now() - started
  })
  const naiveTimes = filterChanges(engine.index, plan.naiveRuns, 9).map((query) =>
    naiveChange(data, query, plan.optionsSampled),
  )
  const row = {
    statements: plan.size,
    actors: engine.index.actors.length,
    events: engine.index.values.event.length,
    speakers: engine.index.values.speaker.length,
    buildMs: round(buildMs),
    engineP50Ms: round(percentile(engineTimes, 50)),
    engineP95Ms: round(percentile(engineTimes, 95)),
    engineRuns: plan.engineRuns,
    naiveP50Ms: round(percentile(naiveTimes, 50)),
    naiveP95Ms: round(percentile(naiveTimes, 95)),
    naiveRuns: plan.naiveRuns,
    naiveOptionsSampledPerFacet: plan.optionsSampled,
    speedupAtP50: Math.round(percentile(naiveTimes, 50) / percentile(engineTimes, 50)),
    indexHeapMb: round(indexHeapMb),
    heapUsedMb: round(heapMb()),
  }
  rows.push(row)
  console.error(`measured ${plan.size} statements`)
}
const report = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  loadAverageBefore: round(loadBefore),
  loadAverageAfter: round(loadavg()[0] ?? 0),
  note: 'Naive path: applyFilters once, then facetCounts on a sample of each facet’s options, scaled to its full option count (the event facet has no naive counterpart and is left out of it). A filter change for the engine includes every facet’s counts.',
  rows,
}
mkdirSync('reports', { recursive: true })
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`)

console.log(
  `| statements | actors | events | index build | engine p50 / p95 (runs) | naive p50 / p95 (runs, options sampled per facet) | speed-up at p50 | index heap | heap used |`,
)
console.log('|---|---|---|---|---|---|---|---|---|')
for (const row of rows)
  console.log(
    `| ${row.statements.toLocaleString('en')} | ${row.actors} | ${row.events} | ${row.buildMs} ms | ${row.engineP50Ms} / ${row.engineP95Ms} ms (${row.engineRuns}) | ${row.naiveP50Ms} / ${row.naiveP95Ms} ms (${row.naiveRuns}, ${row.naiveOptionsSampledPerFacet}) | ${row.speedupAtP50}× | ${row.indexHeapMb} MB | ${row.heapUsedMb} MB |`,
  )
console.log(
  `\nLoad average ${report.loadAverageBefore} before, ${report.loadAverageAfter} after, on ${process.version}.`,
)
