// Measures the production build in Chromium with the synthetic corpus: the time until the view
// is ready, click-to-next-paint over 20 filter clicks (Event Timing), the longest main-thread task
// overall and while a 10-letter search is typed, and the JavaScript heap. Writes
// reports/bench-browser.json and prints a table. Run after `npm run build`:
// `npm run bench:browser` (or `npm run bench:browser -- --size 20000`).
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { preview } from 'vite'
import { interactions, longest, percentile, round } from './bench-browser-figures'
import {
  changed,
  countLine,
  entriesSchema,
  heapMb,
  loadSchema,
  observe,
  shownCount,
  stepTimeout,
} from './bench-browser-page'
import { launchFreshChromium, previewPort } from './chromium'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    // More of the address, e.g. `kind=international-organisation`, to start from a narrower view.
    query: { type: 'string', default: '' },
  },
})
const size = Number(values.size)
if (!Number.isInteger(size) || size < 100 || size > 200_000) {
  console.error('--size must be a whole number from 100 to 200000.')
  process.exit(1)
}
const searchWord = 'humanitari'
const readyTimeout = 15 * 60_000

const say = (words: string) => console.error(`bench:browser: ${words}`)

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const port = previewPort(server)
const { page, close } = await launchFreshChromium('bench-browser')
try {
  // tsx keeps function names by wrapping them in a `__name` helper that exists only in Node: the
  // observers sent into the page would throw on it, and every figure would silently read zero.
  await page.addInitScript({ content: 'globalThis.__name ??= (target) => target' })
  await page.addInitScript(observe)
  const started = Date.now()
  say(`loading ${size} synthetic statements`)
  const extra = values.query ? `&${values.query}` : ''
  await page.goto(`http://127.0.0.1:${port}/?dataset=synthetic&size=${size}${extra}`)
  await countLine(page)
    .waitFor({ timeout: readyTimeout })
    .catch(() => {
      throw new Error(
        `bench:browser: the page showed no count of actors within ${readyTimeout / 60_000} minutes.`,
      )
    })
  const readyMs = Date.now() - started
  say(`ready after ${readyMs} ms`)
  // What the page measured of the worker: the whole load, and its generating and indexing.
  const load = loadSchema.parse(
    await page.evaluate(() => {
      const [entry] = performance.getEntriesByName('synthetic-load')
      const detail: unknown = entry instanceof PerformanceMeasure ? entry.detail : null
      return entry ? { loadMs: entry.duration, detail } : null
    }),
  )

  // 20 clicks, each an option's checkbox on, then off again: stances, kinds and actors, those
  // that can be chosen with the filters as they are.
  const enabled = async (group: string, count: number) => {
    const boxes = page.getByRole('group', { name: group, exact: true }).getByRole('checkbox')
    const found = []
    for (const box of await boxes.all()) {
      if (found.length === count) break
      if (await box.isEnabled()) found.push(box)
    }
    return found
  }
  const options = [
    ...(await enabled('Stance', 4)),
    ...(await enabled('Kind of actor', 2)),
    ...(await enabled('Actor', 4)),
  ]
  if (options.length === 0) throw new Error('bench:browser: no filter option could be clicked.')
  say(`${options.length} filter options to click`)
  const clicks: { option: string; toResultsMs: number }[] = []
  for (let index = 0; index < 20; index += 1) {
    const option = options[Math.floor(index / 2) % options.length]
    if (!option) break
    const name = (
      await option.evaluate((input) => input.closest('label')?.textContent ?? '')
    ).trim()
    const before = await shownCount(page)
    const clicked = Date.now()
    await option.click({ timeout: stepTimeout })
    await changed(page, before, `clicking "${name}"`)
    clicks.push({ option: name, toResultsMs: Date.now() - clicked })
    say(`click ${index + 1}/20 (${name}): results after ${Date.now() - clicked} ms`)
  }
  say(`${clicks.length} clicks done`)
  const afterClicks = await page.evaluate(() => performance.now())

  // A 10-letter search, one letter at a time as a person types.
  // Exactly "Search": the facets' own search boxes are named after their facet.
  const search = page.getByRole('searchbox', { name: 'Search', exact: true })
  say(`typing "${searchWord}"`)
  await search.click()
  const typingFrom = await page.evaluate(() => performance.now())
  const before = await shownCount(page)
  await search.pressSequentially(searchWord, { delay: 120 })
  await changed(page, before, `typing "${searchWord}"`)
  const typingTo = await page.evaluate(() => performance.now())
  const heapUsedMb = await heapMb(page)
  say('measured; writing reports/bench-browser.json')

  const entries = entriesSchema.parse(
    await page.evaluate((): unknown => Reflect.get(window, 'benchEntries')),
  )
  if (entries.events.length === 0)
    throw new Error(
      'bench:browser: the page recorded no Event Timing entries, so there is no click-to-paint to report.',
    )
  const { clicks: clickInteractions, all } = interactions(entries.events, afterClicks)
  const toResults = clicks.map((click) => click.toResultsMs)
  const report = {
    measured: new Date().toISOString(),
    note: 'A shared, loaded 2-core machine: figures vary from run to run.',
    size,
    address: `?dataset=synthetic&size=${size}${extra}`,
    readyMs,
    load,
    clicks: {
      count: clicks.length,
      clickToNextPaintMs: {
        p50: round(percentile(clickInteractions, 50)),
        p95: round(percentile(clickInteractions, 95)),
        max: round(Math.max(0, ...clickInteractions)),
        measured: clickInteractions.length,
      },
      clickToResultsMs: {
        p50: round(percentile(toResults, 50)),
        p95: round(percentile(toResults, 95)),
      },
      each: clicks,
    },
    typing: {
      word: searchWord,
      toResultsMs: Math.round(typingTo - typingFrom),
      longestTaskMs: round(longest(entries.tasks, typingFrom, typingTo)),
    },
    inpLikeMaxMs: round(Math.max(0, ...all)),
    longestTaskMs: round(longest(entries.tasks)),
    heapUsedMb: Math.round(heapUsedMb.used),
    heapAfterCollectionMb: Math.round(heapUsedMb.kept),
  }
  mkdirSync('reports', { recursive: true })
  writeFileSync('reports/bench-browser.json', `${JSON.stringify(report, null, 2)}\n`)
  console.table({
    [`ready (${size.toLocaleString('en-GB')} statements)`]: { ms: readyMs },
    'worker: generate': { ms: round(load?.detail.generateMs ?? null) },
    'worker: index': { ms: round(load?.detail.indexMs ?? null) },
    'worker start to dataset on the page': { ms: round(load?.loadMs ?? null) },
    'click to next paint p50': { ms: report.clicks.clickToNextPaintMs.p50 },
    'click to next paint p95': { ms: report.clicks.clickToNextPaintMs.p95 },
    'click to results p50': { ms: report.clicks.clickToResultsMs.p50 },
    'click to results p95': { ms: report.clicks.clickToResultsMs.p95 },
    'INP-like (max interaction)': { ms: report.inpLikeMaxMs },
    'longest task overall': { ms: report.longestTaskMs },
    'longest task while typing': { ms: report.typing.longestTaskMs },
    'typed search to results': { ms: report.typing.toResultsMs },
    'JS heap used (MB)': { ms: report.heapUsedMb },
    'JS heap after a full collection (MB)': { ms: report.heapAfterCollectionMb },
  })
  console.log('Measured on a shared, loaded machine: figures vary from run to run.')
} finally {
  await close()
  await server.close()
}
