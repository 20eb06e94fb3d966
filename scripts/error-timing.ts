/**
 * How long the production build takes to show a panel's error when a request fails: opens
 * `/?mock-faults=RESOURCE:error` in Chromium several times and reports, per load, the time from
 * navigation start until the panel's error title is on screen. Build first (`npx vite build`).
 *
 *   npx tsx scripts/error-timing.ts [resource] [runs]
 */
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { chromiumFlags, chromiumPath } from './chromium'

const resource = process.argv[2] ?? 'actors'
const runs = Number(process.argv[3] ?? 5)
const title = /could not be loaded/

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const address = server.httpServer.address()
if (!address || typeof address === 'string') throw new Error('the preview server has no port')
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags })
const times: number[] = []
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext()
    const page = await context.newPage()
    // Stamps the moment the error title first appears, from inside the page.
    await page.addInitScript((pattern) => {
      const seen = new RegExp(pattern)
      new MutationObserver((_, observer) => {
        if (!seen.test(document.body.textContent)) return
        Object.assign(window, { errorShownAt: performance.now() })
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true, characterData: true })
    }, title.source)
    await page.goto(`http://127.0.0.1:${address.port}/?mock-faults=${resource}:error`)
    await page.getByText(title).first().waitFor({ timeout: 30_000 })
    const { shownAt, requests } = await page.evaluate(
      (name) => ({
        shownAt: 'errorShownAt' in window ? Number(window.errorShownAt) : NaN,
        // Where the time goes: each request for the failing resource, when it started and ended.
        requests: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes(`/api/${name}`))
          .map(
            (entry) =>
              `${Math.round(entry.startTime)}–${Math.round(entry.startTime + entry.duration)}`,
          ),
      }),
      resource,
    )
    times.push(Math.round(shownAt))
    if (process.argv.includes('--detail'))
      console.log(
        `run ${run + 1}: shown at ${Math.round(shownAt)} ms; requests ${requests.join(', ')}`,
      )
    await context.close()
  }
} finally {
  await browser.close()
  server.httpServer.close()
}
const sorted = [...times].sort((a, b) => a - b)
console.log(`${resource}:error, error shown after (ms): ${times.join(', ')}`)
console.log(`median ${sorted[Math.floor(sorted.length / 2)]} ms, worst ${sorted.at(-1)} ms`)
