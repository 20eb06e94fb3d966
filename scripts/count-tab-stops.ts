// Counts Tab presses on the dashboard in Chromium at 1280 px, the article's data: from the top of
// a freshly opened page to the first card's first control, the first chart and the map, by Tab
// alone and by following the skip link to each. Run after `npx vite build`:
// `npx tsx scripts/count-tab-stops.ts`. Prints a table with the machine's load.
import { loadavg } from 'node:os'
import type { Page } from 'playwright-core'
import { preview } from 'vite'
import { launchFreshChromium, previewPort } from './chromium'
import { tabsBySkipLinkTo, tabsStraightTo, tabTargets, type TabTarget } from './tab-stops'

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const url = `http://127.0.0.1:${previewPort(server)}/`
const { page, close } = await launchFreshChromium('count-tab-stops')

/** Opens the page afresh and waits, as a reader would, for the cards and every chart drawn. */
async function openAtTop(at: Page) {
  await at.goto(url)
  await at.getByText(/^All [\d,]+ actors?/).waitFor({ timeout: 30_000 })
  const figures = at.locator('figure.chart')
  await figures.first().waitFor({ timeout: 30_000 })
  for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded()
  await at.waitForFunction(() => document.querySelector('figure.chart .chart-pending') === null)
  await at.evaluate(() => window.scrollTo(0, 0))
}

try {
  await page.addInitScript({ content: 'globalThis.__name ??= (target) => target' })
  const rows: Record<string, { straight: number | null; skipLink: number | null }> = {}
  for (const target of Object.keys(tabTargets) as TabTarget[]) {
    const { selector, skip } = tabTargets[target]
    await openAtTop(page)
    const straight = await tabsStraightTo(page, selector)
    await openAtTop(page)
    rows[target] = { straight, skipLink: await tabsBySkipLinkTo(page, selector, skip) }
  }
  console.table(rows)
  console.log(
    `load average: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  )
} finally {
  await close()
  await server.close()
}
