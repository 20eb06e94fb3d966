// Run with `npm run bench:api [-- --duration=30 --size=100000]`; writes reports/bench-api.json and
// prints markdown tables.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'

/**
 * The HTTP API under load on the synthetic corpus, served by `npm run api` in a child process
 * that this script starts and stops. First the NDJSON export of every statement to eight clients
 * at once, with the server's resident memory sampled every 50 ms: run first, so the peak is the
 * export's own and not the heap that V8 lets grow under the runs after it before collecting.
 * Then the first page of the statements list for a while at 10 and at 100 connections, and every
 * page in turn at 10 (so no page is served twice in a row from the kept pages). Beside each
 * figure: the load average, and the CPU time the server and autocannon spent per request, which
 * other work on a shared machine does not inflate as it does wall time.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    size: { type: 'string', default: '100000' },
  },
})
const duration = Number(values.duration)
const size = Number(values.size)
const load = () => loadavg().map((value) => value.toFixed(2))
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))

/** Starts the API on a free port and resolves with its origin once it listens. */
function startServer(): Promise<{ child: ChildProcess; origin: string; startup: string[] }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'mocks/serve/http-server.ts',
      '--dataset',
      'synthetic',
      '--size',
      `${size}`,
    ],
    { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const startup: string[] = []
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The API stopped before listening (${code}).`)))
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      startup.push(...text.trim().split('\n'))
      const listening = /listening on (http:\/\/[^/]+)\/api/.exec(text)
      if (listening?.[1]) resolve({ child, origin: listening[1], startup })
    })
  })
}

/** The child's resident memory in MB and CPU time in seconds, from Linux's /proc. */
const residentMb = (pid: number) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return match ? Number(match[1]) / 1024 : NaN
}
const cpuSeconds = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // After the command's name: state is the first field, user and system time the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
}

/** Every page's path, by following `next` from the first. */
async function pagePaths(origin: string): Promise<string[]> {
  const paths = ['/api/statements?limit=500']
  for (;;) {
    const response = await fetch(`${origin}${paths.at(-1) ?? ''}`)
    const body = (await response.json()) as { meta: { next: string | null } }
    if (!body.meta.next) return paths
    paths.push(`/api/statements?limit=500&cursor=${body.meta.next}`)
  }
}

async function pages(pid: number, origin: string, connections: number, paths?: string[]) {
  const loadBefore = load()
  const cpuBefore = cpuSeconds(pid)
  const clientBefore = process.cpuUsage()
  let asked = 0
  const result = await autocannon({
    url: `${origin}/api/statements?limit=500`,
    connections,
    duration,
    ...(paths
      ? {
          requests: [
            { setupRequest: (request) => ({ ...request, path: paths[asked++ % paths.length] }) },
          ],
        }
      : {}),
  })
  const served = result.requests.total
  const client = process.cpuUsage(clientBefore)
  return {
    what: paths ? `all ${paths.length} pages in turn` : 'the first page',
    connections,
    requestsPerSecond: Math.round(served / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverCpuMsPerRequest: Number((((cpuSeconds(pid) - cpuBefore) * 1000) / served).toFixed(2)),
    clientCpuMsPerRequest: Number(((client.user + client.system) / 1000 / served).toFixed(2)),
    rssAfterMb: Math.round(residentMb(pid)),
    loadBefore,
    loadAfter: load(),
  }
}

/**
 * One client reading the whole export as it arrives, counting its lines, on a connection of its
 * own (a kept-alive one the server may be closing just then would fail the run, not the export).
 */
function exportOnce(origin: string) {
  const started = performance.now()
  return new Promise<{ lines: number; bytes: number; seconds: number }>((resolve, reject) => {
    const headers = { Accept: 'application/x-ndjson' }
    const asked = get(`${origin}/api/statements`, { headers, agent: false }, (response) => {
      let lines = 0
      let bytes = 0
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.byteLength
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1
      })
      response.on('end', () =>
        resolve({ lines, bytes, seconds: (performance.now() - started) / 1000 }),
      )
      response.on('error', reject)
    })
    asked.on('error', reject)
  })
}

async function exports(pid: number, origin: string, clients: number) {
  const loadBefore = load()
  const cpuBefore = cpuSeconds(pid)
  const idleMb = residentMb(pid)
  let peakMb = idleMb
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, residentMb(pid))), 50)
  const runs = await Promise.all(Array.from({ length: clients }, () => exportOnce(origin)))
  clearInterval(sampler)
  return {
    clients,
    linesEach: runs.map((run) => run.lines),
    megabytesEach: Math.round((runs[0]?.bytes ?? 0) / 1e6),
    slowestSeconds: Number(Math.max(...runs.map((run) => run.seconds)).toFixed(1)),
    serverCpuSecondsEach: Number(((cpuSeconds(pid) - cpuBefore) / clients).toFixed(2)),
    idleRssMb: Math.round(idleMb),
    peakRssMb: Math.round(peakMb),
    loadBefore,
    loadAfter: load(),
  }
}

const { child, origin, startup } = await startServer()
try {
  const pid = child.pid ?? 0
  const rssAtStartMb = Math.round(residentMb(pid))
  const exported = await exports(pid, origin, 8)
  const paged = [
    await pages(pid, origin, 10),
    await pages(pid, origin, 100),
    await pages(pid, origin, 10, await pagePaths(origin)),
  ]
  const report = { size, duration, startup, rssAtStartMb, paged, exported }
  mkdirSync('reports', { recursive: true })
  writeFileSync('reports/bench-api.json', `${JSON.stringify(report, null, 2)}\n`)
  console.log(`${startup.join('\n')}\nserver RSS once ready: ${rssAtStartMb} MB`)
  console.log(
    `\nNDJSON export to ${exported.clients} clients at once: ${exported.linesEach.join(', ')} lines (${exported.megabytesEach} MB each), slowest ${exported.slowestSeconds} s, server CPU ${exported.serverCpuSecondsEach} s each; server RSS ${exported.idleRssMb} MB before, peak ${exported.peakRssMb} MB; load average ${exported.loadBefore.join(', ')} → ${exported.loadAfter.join(', ')}`,
  )
  console.log(`\n\`GET /api/statements?limit=500\`, ${duration} s each, ${size} statements\n`)
  console.log(
    '| pages | connections | req/s | p50 | p99 | errors | timeouts | non-2xx | CPU per request, server / autocannon | server RSS after | load average |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const row of paged)
    console.log(
      `| ${row.what} | ${row.connections} | ${row.requestsPerSecond} | ${row.p50Ms} ms | ${row.p99Ms} ms | ${row.errors} | ${row.timeouts} | ${row.non2xx} | ${row.serverCpuMsPerRequest} / ${row.clientCpuMsPerRequest} ms | ${row.rssAfterMb} MB | ${row.loadBefore.join(', ')} → ${row.loadAfter.join(', ')} |`,
    )
} finally {
  child.kill()
}
