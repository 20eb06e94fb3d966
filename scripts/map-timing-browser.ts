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
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'
import { z } from 'zod/mini'
import { chromiumFlags, chromiumPath } from './chromium'

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
  frames: z.array(z.object({ start: z.number(), duration: z.number(), blockingMs: z.number() })),
  paths: z.number(),
})
const pageSchema = z.object({
  actors: z.number(),
  drawn: z.number(),
  events: z.number(),
  frameType: z.string(),
})

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
const address = server.httpServer.address()
if (!address || typeof address === 'string') throw new Error('The preview server has no port.')
const profile = mkdtempSync(join(tmpdir(), 'map-timing-profile-'))
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  args: chromiumFlags,
  viewport: { width: 1280, height: 900 },
})
const loadBefore = loadavg()
const runs = []
try {
  const page = browser.pages()[0] ?? (await browser.newPage())
  page.on('pageerror', (error) => say(`the page failed: ${error.message}`))
  await page.goto(`http://127.0.0.1:${address.port}/`)
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
      const result = resultSchema.parse(
        await page.evaluate(
          async ([mode, count, warm]) => {
            const timing: unknown = Reflect.get(window, 'mapTiming')
            const run: unknown =
              typeof timing === 'object' && timing ? Reflect.get(timing, 'run') : null
            if (typeof run !== 'function') throw new Error('The timing page did not start.')
            const result: unknown = await Reflect.apply(run, timing, [mode, count, warm])
            return result
          },
          [mode, changes, warmUp] as const,
        ),
      )
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
      })
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
} finally {
  await browser.close()
  await server.close()
  rmSync(profile, { recursive: true, force: true })
  rmSync(outDir, { recursive: true, force: true })
}
const loadAfter = loadavg()

const ms = (value: number) => value.toFixed(1).padStart(7)
console.log(
  `\nA filter change on the mounted map in Chromium (${changes} changes after ${warmUp} to warm up, 900 px wide)`,
)
console.log(
  'CPU  view        to paint p50     p95  longest | render p50  longest | >50 ms  long frames  longest frame',
)
for (const run of runs)
  console.log(
    `×${run.cpuSlowdown}   ${run.mode === 'one' ? 'one event ' : 'all events'}   ${ms(run.toPaintMs.p50)} ${ms(run.toPaintMs.p95)} ${ms(run.toPaintMs.longest)} |    ${ms(run.renderMs.p50)} ${ms(run.renderMs.longest)} | ${String(run.overBudget).padStart(6)} ${String(run.longFrames).padStart(12)} ${ms(run.longestFrameMs)}`,
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
