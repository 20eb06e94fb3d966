// Times a filter change on the world map in Chromium: the real MapChart with every UN member state
// and statements over 20 events, built by Vite from scripts/map-timing-page/ (not the app), given
// new entries 40 times for one event and 40 times for all events, at normal CPU and at 4× CPU
// slowdown. Each change is timed from the state change to the next paint, and every frame over
// 50 ms is collected. Prints a table and writes reports/map-timing-browser.json. Run:
// `npm run map:timing:browser`. A measurement, not a test: the figures depend on the machine and
// its load, which is printed with them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { CDPSession } from 'playwright-core'
import { build, preview } from 'vite'
import { z } from 'zod/mini'
import { launchFreshChromium, previewPort } from './chromium'

const changes = 40
const warmUp = 5
const cpuRates = [1, 4]
const modes = ['one', 'all'] as const
const budgetMs = 50

const root = fileURLToPath(new URL('map-timing-page/', import.meta.url))
const outDir = mkdtempSync(join(tmpdir(), 'map-timing-'))
const say = (words: string) => console.error(`map:timing:browser: ${words}`)

const resultSchema = z.object({
  changes: z.array(z.object({ renderMs: z.number(), toPaintMs: z.number() })),
  frames: z.array(
    z.object({
      start: z.number(),
      duration: z.number(),
      blockingMs: z.number(),
      scriptMs: z.number(),
      styleLayoutPaintMs: z.number(),
    }),
  ),
  paths: z.number(),
})
const pageSchema = z.object({
  actors: z.number(),
  drawn: z.number(),
  events: z.number(),
  frameType: z.string(),
})

// The renderer's main-thread tasks from a Chromium trace, with their CPU time (`tdur`): on a
// loaded machine a task's wall time includes the time the thread waited for a core, its CPU time
// does not. CPU slowdown is emulated by pausing the thread, so CPU time tells only normal CPU.
const traceEventSchema = z.object({
  name: z.string(),
  ph: z.string(),
  pid: z.number(),
  tid: z.number(),
  dur: z.optional(z.number()),
  tdur: z.optional(z.number()),
  args: z.optional(z.object({ name: z.optional(z.string()) })),
})
const traceSchema = z.object({ traceEvents: z.array(z.unknown()) })
const taskNames = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])

async function traced(cdp: CDPSession, work: () => Promise<unknown>) {
  await cdp.send('Tracing.start', {
    categories: 'toplevel,disabled-by-default-devtools.timeline',
    transferMode: 'ReturnAsStream',
  })
  await work()
  const complete = new Promise<string | undefined>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream)),
  )
  await cdp.send('Tracing.end')
  const stream = await complete
  if (!stream) throw new Error('Chromium returned no trace.')
  let text = ''
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream })
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data
    if (chunk.eof) break
  }
  await cdp.send('IO.close', { handle: stream })
  const events = traceSchema.parse(JSON.parse(text)).traceEvents.flatMap((event) => {
    const parsed = traceEventSchema.safeParse(event)
    return parsed.success ? [parsed.data] : []
  })
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  )
  const tasks = events.filter(
    (event) =>
      main &&
      event.pid === main.pid &&
      event.tid === main.tid &&
      event.ph === 'X' &&
      taskNames.has(event.name),
  )
  const longest = [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0]
  return {
    tasks: tasks.length,
    longestTaskMs: (longest?.dur ?? 0) / 1000,
    longestTaskCpuMs: (longest?.tdur ?? 0) / 1000,
    mostCpuMs: Math.max(0, ...tasks.map((task) => task.tdur ?? 0)) / 1000,
    tasksOver50MsCpu: tasks.filter((task) => (task.tdur ?? 0) > 50_000).length,
  }
}

const at = (values: readonly number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(share * (sorted.length - 1))] ?? 0
}
const summary = (values: readonly number[]) => ({
  p50: at(values, 0.5),
  p95: at(values, 0.95),
  longest: at(values, 1),
})

say('building the timing page')
// Only React's plugin: the app's own plugins (prerendering, headers) are about the app's page.
const shared = { configFile: false as const, root, logLevel: 'warn' as const, plugins: [react()] }
await build({ ...shared, build: { outDir, emptyOutDir: true, target: 'es2022' } })
const server = await preview({
  ...shared,
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1' },
})
const port = previewPort(server)
const { context: browser, page, close } = await launchFreshChromium('map-timing-profile')
const loadBefore = loadavg()
const runs = []
try {
  page.on('pageerror', (error) => say(`the page failed: ${error.message}`))
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.waitForFunction(() => document.title === 'Map timing ready', null, {
    timeout: 120_000,
  })
  const setup = pageSchema.parse(
    await page.evaluate(() => {
      const timing: unknown = Reflect.get(window, 'mapTiming')
      return timing
    }),
  )
  say(
    `${setup.actors} UN member states (${setup.drawn} drawn), ${setup.events} events; frames over 50 ms from ${setup.frameType}`,
  )
  const cdp = await browser.newCDPSession(page)
  for (const rate of cpuRates) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    for (const mode of modes) {
      say(`${changes} changes, ${mode === 'one' ? 'one event' : 'all events'}, CPU ×${rate}`)
      const call = (name: 'warm' | 'run', count: number) =>
        page.evaluate(
          async ([name, mode, count]) => {
            const timing: unknown = Reflect.get(window, 'mapTiming')
            const call: unknown =
              typeof timing === 'object' && timing ? Reflect.get(timing, name) : null
            if (typeof call !== 'function') throw new Error('The timing page did not start.')
            const result: unknown = await Reflect.apply(call, timing, [mode, count])
            return result
          },
          [name, mode, count] as const,
        )
      await call('warm', warmUp)
      let measured: unknown = null
      // Only the measured changes are traced: not the warm-up, nor the switch between views.
      const trace = await traced(cdp, async () => {
        measured = await call('run', changes)
      })
      const result = resultSchema.parse(measured)
      runs.push({
        cpuSlowdown: rate,
        mode,
        paths: result.paths,
        toPaintMs: summary(result.changes.map((change) => change.toPaintMs)),
        renderMs: summary(result.changes.map((change) => change.renderMs)),
        overBudget: result.changes.filter((change) => change.toPaintMs > budgetMs).length,
        longFrames: result.frames.length,
        longestFrameMs: Math.max(0, ...result.frames.map((frame) => frame.duration)),
        longestBlockingMs: Math.max(0, ...result.frames.map((frame) => frame.blockingMs)),
        mainThread: trace,
        longestFrame: [...result.frames].sort((a, b) => b.duration - a.duration)[0] ?? null,
        frames: result.frames.map(({ duration, scriptMs, styleLayoutPaintMs }) => ({
          duration,
          scriptMs,
          styleLayoutPaintMs,
        })),
      })
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
} finally {
  await close()
  await server.close()
  rmSync(outDir, { recursive: true, force: true })
}
const loadAfter = loadavg()

const ms = (value: number) => value.toFixed(1).padStart(7)
console.log(
  `\nA filter change on the mounted map in Chromium (${changes} changes after ${warmUp} to warm up, 900 px wide)`,
)
console.log(
  'CPU  view        to paint p50     p95  longest | render p50  longest | >50 ms  long frames  longest frame (script, style+layout+paint) | longest task wall, CPU | most CPU in a task',
)
for (const run of runs)
  console.log(
    `×${run.cpuSlowdown}   ${run.mode === 'one' ? 'one event ' : 'all events'}   ${ms(run.toPaintMs.p50)} ${ms(run.toPaintMs.p95)} ${ms(run.toPaintMs.longest)} |    ${ms(run.renderMs.p50)} ${ms(run.renderMs.longest)} | ${String(run.overBudget).padStart(6)} ${String(run.longFrames).padStart(12)} ${ms(run.longestFrameMs)} (${(run.longestFrame?.scriptMs ?? 0).toFixed(1)}, ${(run.longestFrame?.styleLayoutPaintMs ?? 0).toFixed(1)}) | ${ms(run.mainThread.longestTaskMs)} ${ms(run.mainThread.longestTaskCpuMs)} | ${ms(run.mainThread.mostCpuMs)}`,
  )
const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ')
console.log(
  `Load average (1, 5, 15 min) before ${load(loadBefore)}, after ${load(loadAfter)} on a shared machine: under load the figures are upper bounds.`,
)

mkdirSync('reports', { recursive: true })
writeFileSync(
  'reports/map-timing-browser.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), changes, warmUp, width: 900, loadBefore, loadAfter, runs }, null, 2)}\n`,
)
say('wrote reports/map-timing-browser.json')
