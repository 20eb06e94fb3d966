import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { afterAll, beforeAll, inject } from 'vitest'
import { syntheticLabel } from '../../data/synthetic/templates'
import { chromiumFlags, chromiumPath } from '../../scripts/chromium'

export const screenshotDir = resolve(import.meta.dirname, 'screenshots')

export const localUrl = (path = '/') => `http://localhost:${inject('port')}${path}`
/** An origin that is not secure, where no service worker can run. */
export const insecureUrl = (path = '/') => `http://tracker.test:${inject('port')}${path}`

/** Launches Chromium; Playwright gives each launch a fresh, empty profile of its own. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumFlags, '--host-resolver-rules=MAP tracker.test 127.0.0.1'],
  })
}

export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const

/** Opens a page and fails the test on any error the page logs or throws. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(url)
  if (url !== 'about:blank' && options.javaScriptEnabled !== false) await untilHydrated(page)
  return { page, context, errors }
}

/**
 * Waits until React has taken over the page and every panel has loaded: the dashboard and the
 * method page arrive prerendered and show before their script runs, a control only answers as the
 * app's once hydrated, and the charts render once the page is first idle.
 */
export async function untilHydrated(page: Page) {
  await page.waitForFunction(
    () => {
      const controls = [
        ...document.querySelectorAll('#root :is(a, button, input, select, textarea)'),
      ]
      return (
        controls.length > 0 &&
        controls.every((control) =>
          Object.keys(control).some((key) => key.startsWith('__react')),
        ) &&
        document.querySelector('#root .skeleton-list') === null
      )
    },
    undefined,
    { timeout: 30_000 },
  )
}

/**
 * Shows in full what the browser skips laying out while it is off screen (content-visibility), as
 * print does, so that a picture of a tall part of the page has every part in it.
 */
export const showOffScreenParts = (page: Page) =>
  page.evaluate(() => {
    if (document.getElementById('screenshot-in-full')) return
    const inFull = document.createElement('style')
    inFull.id = 'screenshot-in-full'
    inFull.textContent = '* { content-visibility: visible !important; }'
    document.head.append(inFull)
  })

export async function saveScreenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true })
  // Scrolled through first, as a reader would, so what is drawn only near the view (the charts) is
  // drawn.
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)))
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await frame()
      await frame()
    }
    window.scrollTo(0, 0)
  })
  await showOffScreenParts(page)
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
  await page.evaluate(() => document.getElementById('screenshot-in-full')?.remove())
}

export async function seriousAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)
}

/** Starts one Chromium for the test file and closes it after; call the result to get it. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('Chromium has not started')
    return browser
  }
}

/**
 * The app in one Chromium for the test file: `open(path, options)` opens a page of it, failing
 * the test on any error the page logs; `browser()` is Chromium itself, for other pages.
 */
export function appBrowser() {
  const browser = sharedBrowser()
  return {
    browser,
    open: (path = '/', options: BrowserContextOptions = {}) =>
      openPage(browser(), localUrl(path), options),
  }
}

/** Waits for the dashboard's cards: the line that says how many actors are shown. */
export const actorsShown = (page: Page) =>
  page.getByText(/^(All [\d,]+ actors?|Showing [\d,]+ of [\d,]+ actors?)/).waitFor()

/**
 * Scrolls to each chart in turn, as a reader does, so each is drawn (a chart is drawn once it
 * nears the view), then waits until none is waiting to be drawn.
 */
export async function drawCharts(page: Page) {
  const figures = page.locator('figure.chart')
  await figures.first().waitFor()
  for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded()
  await page.waitForFunction(() => document.querySelector('figure.chart .chart-pending') === null)
}

/**
 * Opens the synthetic corpus of `size` statements, organisations only (with every state too, the
 * agreement chart draws every pair of actors, which takes minutes here whatever the engine does),
 * once its label shows.
 */
export async function openSyntheticOrganisations(browser: Browser, size: number) {
  const opened = await openPage(
    browser,
    localUrl(`/?dataset=synthetic&size=${size}&kind=international-organisation`),
  )
  await opened.page.getByText(syntheticLabel).first().waitFor()
  return opened
}
