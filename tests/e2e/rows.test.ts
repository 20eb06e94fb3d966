import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  localUrl,
  openPage,
  saveScreenshot,
  screenshotDir,
  seriousAccessibilityViolations,
  sharedBrowser,
  viewports,
} from './browser'

const browser = sharedBrowser()

const ready = (page: Page) =>
  page.getByText(/^(All [\d,]+ actors?|Showing [\d,]+ of [\d,]+ actors?)/).waitFor()

const looks = Object.entries(viewports).flatMap(([size, viewport]) =>
  (['light', 'dark'] as const).map((colorScheme) => ({ size, viewport, colorScheme })),
)

for (const { size, viewport, colorScheme } of looks)
  test(`the article’s ten cards are all drawn in their grid (${size}, ${colorScheme})`, async () => {
    const { page, context, errors } = await openPage(browser(), localUrl(), {
      viewport,
      colorScheme,
    })
    await ready(page)
    expect(await page.getByRole('article').count()).toBe(10)
    const reacting = page.getByRole('feed', { name: 'Reacting actors' })
    expect(await reacting.getByRole('article').count()).toBe(8)
    await saveScreenshot(page, `rows-cards-${size}-${colorScheme}`)
    await reacting.screenshot({ path: join(screenshotDir, `rows-feed-${size}-${colorScheme}.png`) })
    expect(errors).toEqual([])
    await context.close()
  })

for (const { size, viewport, colorScheme } of looks)
  test(`the statements table draws its rows in its frame (${size}, ${colorScheme})`, async () => {
    const { page, context, errors } = await openPage(
      browser(),
      localUrl('/?layout=table&sort=date'),
      { viewport, colorScheme },
    )
    const grid = page.getByRole('grid', { name: 'Statements' })
    await grid.getByRole('row').nth(1).waitFor()
    expect(await grid.getAttribute('aria-rowcount')).toBe('23')
    await grid.scrollIntoViewIfNeeded()
    await saveScreenshot(page, `rows-table-${size}-${colorScheme}`)
    await page
      .locator('.statements-table')
      .screenshot({ path: join(screenshotDir, `rows-table-frame-${size}-${colorScheme}.png`) })
    expect(errors).toEqual([])
    await context.close()
  })

test('the statements table has no serious accessibility violation', async () => {
  const { page, context } = await openPage(browser(), localUrl('/?layout=table'), {
    viewport: viewports.desktop,
  })
  await page.getByRole('grid', { name: 'Statements' }).getByRole('row').nth(1).waitFor()
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await context.close()
})
