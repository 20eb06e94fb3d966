// Lighthouse scores for the production build, for each audited address, mobile and desktop:
//   npx tsx scripts/lighthouse.ts [--no-build] [--out-dir=dist] [--runs=3] [--min-performance=95] [--max-cls=0] ...
// Each address and form factor is audited `--runs` times and the median of each figure is kept:
// one run on a shared machine moves by several points. Thresholds: --min-<category>
// (performance, accessibility, best-practices, seo) on the 0-100 score, --max-<metric> (cls, lcp,
// tbt, fcp); each applies to every row.
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import * as ChromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import type { Config, Flags, Result } from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { build, preview } from 'vite'
import { chromiumFlags, chromiumPath } from './chromium'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const METRIC_KEYS = ['cls', 'lcp', 'tbt', 'fcp'] as const
type Category = (typeof CATEGORIES)[number]
type Metric = (typeof METRIC_KEYS)[number]
const METRICS: Record<Metric, string> = {
  cls: 'cumulative-layout-shift',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  fcp: 'first-contentful-paint',
}
type Row = Record<Category | Metric, number | null>

/** What a student opens: the dashboard, the method page and an embed of the cards. */
const PATHS = ['/', '/?view=method', '/?embed=cards'] as const

interface Threshold {
  key: Category | Metric
  kind: 'min' | 'max'
  limit: number
}

function parseThresholds(args: string[]): Threshold[] {
  const known = new Map<string, Omit<Threshold, 'limit'>>([
    ...CATEGORIES.map((key) => [`min-${key}`, { key, kind: 'min' }] as const),
    ...METRIC_KEYS.map((key) => [`max-${key}`, { key, kind: 'max' }] as const),
  ])
  const thresholds: Threshold[] = []
  for (const arg of args) {
    if (arg === '--no-build' || /^--(runs|out-dir)=/.test(arg)) continue
    const match = /^--([a-z-]+)=(-?\d+(?:\.\d+)?)$/.exec(arg)
    const found = known.get(match?.[1] ?? '')
    if (!match || !found) {
      // A misspelt threshold silently passing would defeat the point of a gate.
      throw new Error(
        `unknown argument ${arg}; expected --no-build, --out-dir=DIR, --runs=N, --min-<category>=N or --max-<metric>=N`,
      )
    }
    thresholds.push({ ...found, limit: Number(match[2]) })
  }
  return thresholds
}

function summarise(lhr: Result): Row {
  const score = (c: Category) => {
    const s = lhr.categories[c]?.score
    return typeof s === 'number' ? Math.round(s * 100) : null
  }
  const metric = (m: Metric) => {
    const v = lhr.audits[METRICS[m]]?.numericValue
    if (typeof v !== 'number') return null
    return m === 'cls' ? Math.round(v * 1000) / 1000 : Math.round(v)
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    cls: metric('cls'),
    lcp: metric('lcp'),
    tbt: metric('tbt'),
    fcp: metric('fcp'),
  }
}

async function audit(url: string, port: number, config?: Config): Promise<Row> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }
  const runnerResult = await lighthouse(url, flags, config)
  const lhr = runnerResult?.lhr
  if (!lhr) throw new Error('Lighthouse returned no result')
  // A page that fails to load still yields an lhr, with every score null; say why.
  if (lhr.runtimeError)
    throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  for (const warning of lhr.runWarnings) console.warn(`warning: ${warning}`)
  return summarise(lhr)
}

const option = (args: string[], name: string) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)

/** The middle value of each figure over the runs (the lower middle of an even count). */
function median(rows: Row[]): Row {
  const middle = (key: Category | Metric) => {
    const values = rows
      .map((row) => row[key])
      .filter((value): value is number => value !== null)
      .sort((a, b) => a - b)
    return values.length === 0 ? null : (values[Math.floor((values.length - 1) / 2)] ?? null)
  }
  return {
    performance: middle('performance'),
    accessibility: middle('accessibility'),
    'best-practices': middle('best-practices'),
    seo: middle('seo'),
    cls: middle('cls'),
    lcp: middle('lcp'),
    tbt: middle('tbt'),
    fcp: middle('fcp'),
  }
}

function failures(results: Record<string, Row>, thresholds: Threshold[]): string[] {
  const missed: string[] = []
  for (const [formFactor, row] of Object.entries(results)) {
    for (const { key, kind, limit } of thresholds) {
      const value = row[key]
      if (value === null || (kind === 'min' ? value < limit : value > limit)) {
        missed.push(`${formFactor} ${key}: ${value ?? 'n/a'} (${kind} ${limit})`)
      }
    }
  }
  return missed
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const thresholds = parseThresholds(args)
  const outDir = option(args, 'out-dir') ?? 'dist'
  const runs = Number(option(args, 'runs') ?? 3)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number from 1')
  if (!args.includes('--no-build')) await build({ logLevel: 'warn', build: { outDir } })
  else if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: build first or drop --no-build`)

  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  })
  let chrome: ChromeLauncher.LaunchedChrome | undefined
  const results: Record<string, Row> = {}
  try {
    const address = server.httpServer.address()
    if (address === null || typeof address === 'string')
      throw new Error('preview server has no port')
    chrome = await ChromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: chromiumFlags,
    })
    // One after the other: Lighthouse drives a single tab, and parallel runs would skew timings.
    for (const path of PATHS) {
      const url = `http://localhost:${address.port}${path}`
      for (const [formFactor, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ] as const) {
        const rows: Row[] = []
        for (let run = 0; run < runs; run += 1) rows.push(await audit(url, chrome.port, config))
        results[`${path} ${formFactor}`] = median(rows)
        console.log(`${path} ${formFactor}: ${JSON.stringify(results[`${path} ${formFactor}`])}`)
      }
    }
  } finally {
    chrome?.kill()
    await server.close()
  }

  console.table(results)
  await mkdir('reports', { recursive: true })
  await writeFile(
    'reports/lighthouse.json',
    `${JSON.stringify({ runs, load: loadavg().map((load) => Number(load.toFixed(2))), results }, null, 2)}\n`,
  )

  const missed = failures(results, thresholds)
  if (missed.length > 0) {
    console.error(`Thresholds missed:\n  ${missed.join('\n  ')}`)
    process.exitCode = 1
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
