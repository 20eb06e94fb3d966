// Full-page screenshots of every view at desktop and phone widths in both themes, to compare the
// look before and after a change to the styles. Run after `npm run build`:
// `npx tsx scripts/style-screenshots.ts <output folder>`.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { preview } from 'vite'
import { chromiumFlags, chromiumPath } from './chromium.ts'

const out = process.argv[2]
if (!out) {
  console.error('Give the folder to write the screenshots to.')
  process.exit(1)
}
mkdirSync(out, { recursive: true })

const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } }
const ready = (page: Page) =>
  page.getByText(/^(All [\d,]+ actors?|Showing [\d,]+ of [\d,]+ actors?)/).waitFor()
const views: Record<string, { path: string; prepare: (page: Page) => Promise<void> }> = {
  dashboard: {
    path: '/',
    prepare: async (page) => {
      await ready(page)
      await page.getByRole('heading', { name: 'Where each actor stands' }).waitFor()
    },
  },
  method: {
    path: '/?view=method',
    prepare: (page) => page.getByRole('heading', { level: 2 }).first().waitFor(),
  },
  compare: {
    path: '/?compare=united-states,turkiye',
    prepare: (page) => page.getByRole('table', { name: /side by side/ }).waitFor(),
  },
  card: {
    path: '/',
    prepare: async (page) => {
      await ready(page)
      await page.getByRole('heading', { name: 'Where each actor stands' }).waitFor()
      await page
        .getByRole('button', { name: /^Show .*the coding$/ })
        .first()
        .click()
    },
  },
  embed: {
    path: '/?embed=cards',
    prepare: (page) => page.getByRole('article').first().waitFor(),
  },
}

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const address = server.httpServer.address()
if (!address || typeof address === 'string') throw new Error('the preview server has no port')
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags })
try {
  for (const [viewportName, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' })
      for (const [name, view] of Object.entries(views)) {
        const page = await context.newPage()
        await page.goto(`http://127.0.0.1:${address.port}${view.path}`)
        await view.prepare(page)
        // Recharts draws after a resize observer fires; let it settle.
        await page.waitForTimeout(1500)
        await page.screenshot({
          path: join(out, `${name}-${viewportName}-${colorScheme}.png`),
          fullPage: true,
        })
        await page.close()
      }
      await context.close()
    }
  }
} finally {
  await browser.close()
  await server.close()
}
