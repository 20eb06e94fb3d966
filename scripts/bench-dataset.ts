// Run with `npm run bench:dataset -- --dataset /tmp/statements-1m.parquet` (DuckDB over a corpus
// file from `npm run corpus`) or `-- --dataset synthetic --size 100000` (the in-memory engine).
// Writes reports/bench-dataset-<name>.json and prints one markdown row.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { get } from 'node:http'
import { syntheticDataset, type ServedDataset } from '../mocks/handlers/dataset'
import { storeOf } from '../mocks/handlers/memory-store'
import { parquetDataset } from '../mocks/handlers/parquet-dataset'
import { readStatementsQuery } from '../src/lib/schemas/statement-query'
import { allEvents } from '../src/lib/url-state/filter-state'

/**
 * The API over one dataset, measured as a client sees it: the server runs in a child process
 * (`npm run api`), asked one request at a time for first pages of varied filters (each query
 * and page size asked once, so no answer comes from a kept page), then for the NDJSON export of
 * every statement, with its resident memory sampled every 50 ms. Facet counts are not an HTTP
 * answer; they are timed on the same store in this process. Beside each figure, the load average.
 */
const { values } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'synthetic' },
    size: { type: 'string', default: '100000' },
    pages: { type: 'string', default: '60' },
    facets: { type: 'string', default: '30' },
    // Leaves the export out, where reading every statement would take longer than there is.
    'skip-export': { type: 'boolean', default: false },
  },
})
const load = () => loadavg().map((value) => value.toFixed(2))
const serverArgs =
  values.dataset === 'synthetic'
    ? ['--dataset', 'synthetic', '--size', values.size]
    : ['--dataset', values.dataset]

/** The filters a reader tries, each a query string of /api/statements. */
const filters = [
  'stance=condemns',
  'kind=international-organisation&statement-stance=urges-halt',
  'dimension=humanitarian&channel=speech',
  'from=2020-01-01&to=2020-12-31',
  'q=ceasefire',
  'q=%22territorial%20integrity%22&stance=supports',
  'event=synthetic-event-007',
  '',
]

function startServer(): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/serve/http-server.ts', ...serverArgs],
    { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The API stopped before listening (${code}).`)))
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      const listening = /listening on (http:\/\/[^/]+)\/api/.exec(text)
      if (listening?.[1]) resolve({ child, origin: listening[1] })
    })
  })
}

const residentMb = (pid: number) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return match ? Number(match[1]) / 1024 : NaN
}

const percentile = (times: number[], share: number) => {
  const sorted = [...times].sort((a, b) => a - b)
  return Number(
    (sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN).toFixed(1),
  )
}

async function pages(origin: string, count: number) {
  const loadBefore = load()
  const times: number[] = []
  for (let at = 0; at < count; at += 1) {
    const filter = filters[at % filters.length] ?? ''
    const started = performance.now()
    const response = await fetch(`${origin}/api/statements?${filter}&limit=${100 + at}`)
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${filter}: ${response.status}`)
    times.push(performance.now() - started)
  }
  return {
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    loadBefore,
    loadAfter: load(),
  }
}

function exportAll(origin: string, pid: number) {
  const loadBefore = load()
  let peakMb = residentMb(pid)
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, residentMb(pid))), 50)
  const started = performance.now()
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    get(`${origin}/api/statements.ndjson`, { agent: false }, (response) => {
      let lines = 0
      response.on('data', (chunk: Buffer) => {
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1
      })
      response.on('end', () => {
        clearInterval(sampler)
        const seconds = (performance.now() - started) / 1000
        resolve({
          lines,
          seconds: Number(seconds.toFixed(1)),
          statementsPerSecond: Math.round(lines / seconds),
          peakRssMb: Math.round(peakMb),
          loadBefore,
          loadAfter: load(),
        })
      })
      response.on('error', reject)
    }).on('error', reject)
  })
}

async function facets(served: ServedDataset, count: number) {
  const store = storeOf(served.latest)
  const eventIds = new Set([allEvents, ...served.latest.events.map((event) => event.id)])
  const queryOf = (filter: string) =>
    readStatementsQuery(new URLSearchParams(filter), { ...store.known, eventIds })
  // Once first, so the in-memory engine's index is built before the clock runs.
  await store.facets(queryOf(''))
  const loadBefore = load()
  const times: number[] = []
  for (let at = 0; at < count; at += 1) {
    const query = queryOf(filters[at % filters.length] ?? '')
    const started = performance.now()
    await store.facets(query)
    times.push(performance.now() - started)
  }
  return {
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    loadBefore,
    loadAfter: load(),
  }
}

const started = performance.now()
const { child, origin } = await startServer()
const pid = child.pid ?? 0
let report: Record<string, unknown> = {}
try {
  const readyMs = Math.round(performance.now() - started)
  const rssReadyMb = Math.round(residentMb(pid))
  const paged = await pages(origin, Number(values.pages))
  const rssAfterPagesMb = Math.round(residentMb(pid))
  const exported = values['skip-export'] ? null : await exportAll(origin, pid)
  report = { dataset: values.dataset, readyMs, rssReadyMb, paged, rssAfterPagesMb, exported }
} finally {
  child.kill()
}
// `--facets 0` leaves them out (to compare the HTTP figures with another checkout's server).
if (Number(values.facets) > 0) {
  const served =
    values.dataset === 'synthetic'
      ? syntheticDataset({ size: Number(values.size) })
      : await parquetDataset(values.dataset)
  report.facets = await facets(served, Number(values.facets))
}
const name = values.dataset === 'synthetic' ? `synthetic-${values.size}` : basename(values.dataset)
// Beside this script, whichever checkout's server it measured (`cd` there to compare another).
const reports = new URL('../reports/', import.meta.url)
mkdirSync(reports, { recursive: true })
writeFileSync(
  new URL(`bench-dataset-${name}.json`, reports),
  `${JSON.stringify(report, null, 2)}\n`,
)
console.log(JSON.stringify(report, null, 2))
