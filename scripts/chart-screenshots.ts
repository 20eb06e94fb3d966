// Screenshots of each chart (1280 and 390 px wide, light and dark) and its SVG download, to compare
// the charts before and after a change. Run after `npx vite build`:
// `npx tsx scripts/chart-screenshots.ts <output folder> [path]`.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { chromiumFlags, chromiumPath } from './chromium.ts'

const out = process.argv[2]
const path = process.argv[3] ?? '/'
if (!out) {
  console.error('Give the folder to write the screenshots to.')
  process.exit(1)
}
mkdirSync(out, { recursive: true })

const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } }
const server = await preview({ preview: { port: 4319, strictPort: false } })
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4319/'
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags })
try {
  for (const [size, viewport] of Object.entries(viewports))
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true })
      const page = await context.newPage()
      await page.goto(new URL(path, url).href)
      await page.locator('svg.map-svg').waitFor({ timeout: 60_000 })
      const figures = page.locator('figure.chart')
      for (let index = 0; index < (await figures.count()); index += 1) {
        const figure = figures.nth(index)
        const name = `${size}-${colorScheme}-${index}`
        await figure.scrollIntoViewIfNeeded()
        await figure.screenshot({ path: join(out, `${name}.png`) })
        const svgButton = figure.getByRole('button', { name: /SVG/ })
        if (size === 'desktop' && (await svgButton.count()) > 0) {
          const [file] = await Promise.all([page.waitForEvent('download'), svgButton.click()])
          await file.saveAs(join(out, `${name}.svg`))
        }
      }
      await context.close()
    }
} finally {
  await browser.close()
  server.httpServer.close()
}
