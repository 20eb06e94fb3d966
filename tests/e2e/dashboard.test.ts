import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  actorsShown,
  appBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  viewports,
} from './browser'

const { open } = appBrowser()

async function cardNames(page: Page) {
  await actorsShown(page)
  return page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents()
}

// Filtering, search, Back and Forward and malformed links are covered in jsdom
// (tests/integration/dashboard-filters.test.tsx); here only what needs a real browser.
test('the main flows work with the keyboard alone', async () => {
  const { page, context } = await open()
  await cardNames(page)
  // The skip links first, then the theme, then the search box.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to filters')
  const search = page.getByRole('searchbox', { name: 'Search' })
  while (!(await search.evaluate((element) => element === document.activeElement)))
    await page.keyboard.press('Tab')
  await page.keyboard.type('Lavrov')
  await expect.poll(() => cardNames(page)).toEqual([])
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Backspace')
  await expect.poll(async () => (await cardNames(page)).length).toBe(10)
  // On to the first stance option: Space ticks it.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect.poll(() => cardNames(page)).toEqual(['Türkiye'])
  // Into the card: expand it, open the source, close it again.
  const expand = page.getByRole('button', { name: /Show all 3 statements/ })
  await expand.focus()
  await page.keyboard.press('Enter')
  const view = page.getByRole('button', { name: 'View in source' }).first()
  await view.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'In the source: Türkiye' })
  await dialog.waitFor()
  expect(await dialog.locator('mark').textContent()).toContain('Türkiye expressed support')
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
  await expect.poll(() => view.evaluate((element) => element === document.activeElement)).toBe(true)
  await context.close()
})

test('focus is visible on every control it reaches', async () => {
  const { page, context } = await open()
  await cardNames(page)
  for (let index = 0; index < 12; index += 1) {
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const element = document.activeElement
      if (!element || element === document.body) return 'none'
      const style = getComputedStyle(element)
      const target = element.matches('.segmented input') ? element.nextElementSibling : element
      const targetStyle = target ? getComputedStyle(target) : style
      return targetStyle.outlineStyle === 'none' && style.outlineStyle === 'none'
        ? 'none'
        : 'visible'
    })
    expect(outline, `tab stop ${index + 1}`).toBe('visible')
  }
  await context.close()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: no serious violation in the ${colorScheme} theme, with a card open and the source shown`, async () => {
    const { page, context } = await open('/?stance=urges-halt,supports', {
      viewport: viewports.desktop,
      colorScheme,
    })
    await cardNames(page)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await page.getByRole('button', { name: /Show all 3 statements/ }).click()
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await saveScreenshot(page, `dashboard-card-open-${colorScheme}`)
    await page.getByRole('button', { name: 'View in source' }).first().click()
    await page.getByRole('dialog').locator('mark').waitFor()
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await page.screenshot({ path: `tests/e2e/screenshots/dashboard-source-${colorScheme}.png` })
    await context.close()
  })

  test(`a search's highlights and coding notes are legible in the ${colorScheme} theme`, async () => {
    const { page, context } = await open('/?q=humanitarian', {
      viewport: viewports.desktop,
      colorScheme,
    })
    await cardNames(page)
    const azerbaijan = page.getByRole('article', { name: 'Azerbaijan' })
    await azerbaijan.getByRole('button', { name: /^Show all/ }).click()
    // A card lists five statements at a time: more are asked for until a match is in view.
    const more = azerbaijan.getByRole('button', { name: /^Show \d+ more/ })
    while ((await azerbaijan.locator('mark').count()) === 0 && (await more.count()) > 0)
      await more.click()
    expect(await azerbaijan.locator('mark').first().textContent()).toBe('humanitarian')
    await page
      .getByRole('article', { name: 'Russia' })
      .getByText('Matched the coding: Humanitarian concern')
      .first()
      .waitFor()
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await saveScreenshot(page, `dashboard-search-${colorScheme}`)
    await page.getByRole('article', { name: 'Russia' }).screenshot({
      path: `tests/e2e/screenshots/dashboard-search-russia-${colorScheme}.png`,
    })
    await azerbaijan
      .locator('.statement-list > li')
      .filter({ has: page.locator('mark') })
      .first()
      .screenshot({
        path: `tests/e2e/screenshots/dashboard-search-azerbaijan-${colorScheme}.png`,
      })
    await context.close()
  })

  test(`the theme toggle overrides the system (${colorScheme} system) and is remembered`, async () => {
    const { page, context } = await open('/', { colorScheme })
    await cardNames(page)
    const other = colorScheme === 'light' ? 'Dark' : 'Light'
    await page.getByRole('radio', { name: other }).click()
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const before = await background()
    await page.reload()
    await cardNames(page)
    expect(await page.getByRole('radio', { name: other }).isChecked()).toBe(true)
    expect(await background()).toBe(before)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await context.close()
  })
}

test('phone: the filters fold away, and open on demand', async () => {
  const { page, context } = await open('/?stance=condemns', {
    viewport: viewports.phone,
  })
  await cardNames(page)
  expect(await page.getByRole('searchbox').count()).toBe(0)
  await page.screenshot({ path: 'tests/e2e/screenshots/dashboard-phone-top.png' })
  await page.getByRole('button', { name: 'Show filters (1 active)' }).click()
  await page.getByRole('searchbox', { name: 'Search' }).waitFor()
  await page.screenshot({ path: 'tests/e2e/screenshots/dashboard-phone-filters.png' })
  await context.close()
})
