import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  tabsBySkipLinkTo,
  tabsStraightTo,
  tabTargets,
  type TabTarget,
} from '../../scripts/tab-stops'
import {
  actorsShown,
  appBrowser,
  drawCharts,
  screenshotDir,
  seriousAccessibilityViolations,
  viewports,
} from './browser'

const { open } = appBrowser()

/** The dashboard at 1280 px, the article's data, with every chart drawn and the view at the top. */
async function openAtTop(options: Parameters<typeof open>[1] = {}) {
  const opened = await open('/', { viewport: viewports.desktop, ...options })
  await actorsShown(opened.page)
  await drawCharts(opened.page)
  await opened.page.evaluate(() => window.scrollTo(0, 0))
  return opened
}

/** What has the focus: its role or tag and its accessible name, as a reader would hear it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement
    if (!element) return null
    const labelledBy = element.getAttribute('aria-labelledby')
    const name = labelledBy
      ? document.getElementById(labelledBy)?.textContent
      : (element.getAttribute('aria-label') ?? element.textContent)
    return { tag: element.tagName.toLowerCase(), id: element.id, name: name?.trim() ?? '' }
  })

/** Whether the focused element's top is in the view, where the reader now looks. */
const focusInView = (page: Page) =>
  page.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect()
    return box !== undefined && box.top >= 0 && box.top < window.innerHeight
  })

/** Focuses the skip link named `label`, as Tab does, and follows it with Enter. */
async function follow(page: Page, label: string) {
  await page.getByRole('link', { name: label }).focus()
  await page.keyboard.press('Enter')
}

// Counted from the top of a freshly opened page, following the skip link to each (Enter is not
// a Tab press), as issue #30 sets them: the first card within 10, the charts 15, the map 20.
const limits: Record<TabTarget, number> = { card: 10, chart: 15, map: 20 }

for (const target of Object.keys(limits) as TabTarget[]) {
  test(`the ${target} is within ${limits[target]} presses of Tab from the top of the page`, async () => {
    const { page, context } = await openAtTop()
    const { selector, skip } = tabTargets[target]
    const presses = await tabsBySkipLinkTo(page, selector, skip)
    expect(presses).not.toBeNull()
    expect(presses).toBeLessThanOrEqual(limits[target])
    await context.close()
  })
}

test('the filters cost a few presses of Tab, not one per option', async () => {
  const { page, context } = await openAtTop()
  await follow(page, 'Skip to filters')
  // The search, a stop per filter, the two dates (Chromium makes each part of a date a stop) and
  // “How filters combine”: 18 today, against about 50 when each option was a stop.
  const presses = await tabsStraightTo(page, 'section.results')
  expect(presses).not.toBeNull()
  expect(presses).toBeLessThanOrEqual(20)
  await context.close()
})

const landings = [
  { label: 'Skip to filters', tag: 'h2', name: 'Filters' },
  { label: 'Skip to results', tag: 'article', name: 'United States' },
  { label: 'Skip to charts', tag: 'h2', name: 'Charts' },
  { label: 'Skip to the map', tag: 'h3', name: 'Where each country stands' },
] as const

test('each skip link lands where it says, in view, without writing into the address', async () => {
  const { page, context } = await openAtTop()
  for (const landing of landings) {
    await page.evaluate(() => window.scrollTo(0, 0))
    await follow(page, landing.label)
    expect(await focused(page), landing.label).toMatchObject({
      tag: landing.tag,
      name: landing.name,
    })
    expect(await focusInView(page), landing.label).toBe(true)
    await page.screenshot({ path: `${screenshotDir}/keyboard-landed-${landing.name}.png` })
  }
  expect(new URL(page.url()).hash).toBe('')
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await context.close()
})

test('before the page’s code runs, each skip link still moves the focus to a heading', async () => {
  const { page, context } = await open('/', {
    viewport: viewports.desktop,
    javaScriptEnabled: false,
  })
  // The charts are drawn by the page's code: until then the map's link goes to their heading.
  const before = {
    'Skip to filters': 'filters-heading',
    'Skip to results': 'results-heading',
    'Skip to charts': 'charts-heading',
    'Skip to the map': 'charts-heading',
  } as const
  for (const [label, id] of Object.entries(before)) {
    await follow(page, label)
    await expect.poll(async () => (await focused(page))?.id).toBe(id)
  }
  await context.close()
})

for (const [size, viewport] of Object.entries(viewports))
  for (const colorScheme of ['light', 'dark'] as const)
    test(`the focused skip link and chart marks show their focus ring (${size}, ${colorScheme})`, async () => {
      const { page, context } = await openAtTop({ viewport, colorScheme })
      const shot = (name: string) => `${screenshotDir}/keyboard-${name}-${size}-${colorScheme}.png`
      await page.keyboard.press('Tab')
      expect((await focused(page))?.name).toBe('Skip to filters')
      await page.screenshot({ path: shot('skip-link') })
      // The charts' heading, the first chart's table switch, then its bars: one stop, arrows on.
      await follow(page, 'Skip to charts')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('ArrowRight')
      expect((await focused(page))?.name).toMatch(/^Calls on all sides: \d+ actors\./)
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement ?? document.body).outlineStyle,
      )
      expect(outline).not.toBe('none')
      await page
        .locator('figure.chart')
        .first()
        .screenshot({ path: shot('chart-mark') })
      // A cell of the positions matrix, a grid of its own.
      const matrix = page.getByRole('grid', { name: 'Positions by actor' })
      await matrix.locator('[tabindex="0"]').focus()
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowRight')
      await matrix.screenshot({ path: shot('grid-cell') })
      await context.close()
    })
