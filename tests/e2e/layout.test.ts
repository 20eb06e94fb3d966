import type { Locator } from 'playwright-core'
import { expect, test } from 'vitest'
import { join } from 'node:path'
import {
  actorsShown,
  appBrowser,
  drawCharts,
  saveScreenshot,
  screenshotDir,
  viewports,
} from './browser'

const { open } = appBrowser()

async function box(locator: Locator) {
  const found = await locator.boundingBox()
  if (!found) throw new Error('the element is not shown')
  return found
}

test('a statement’s “View in source” and “Cite” are apart, on screen and in its text', async () => {
  const { page, context } = await open('/', { viewport: viewports.desktop })
  await actorsShown(page)
  const card = page.getByRole('article', { name: 'United States' })
  await card.getByRole('button', { name: /^Show .*the coding$/ }).click()
  const statement = card.getByRole('listitem').filter({ hasText: 'View in source' }).first()
  expect(await statement.textContent()).not.toMatch(/View in sourceCite/)
  const source = await box(statement.getByRole('button', { name: 'View in source' }))
  const cite = await box(statement.getByRole('button', { name: 'Cite this statement' }))
  expect(cite.x - (source.x + source.width)).toBeGreaterThanOrEqual(8)
  await context.close()
})

test('“How statements are coded” is drawn in the links’ colour, not the browser’s default', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page, context } = await open('/', {
      viewport: viewports.desktop,
      colorScheme,
    })
    await actorsShown(page)
    const card = page.getByRole('article', { name: 'United States' })
    await card.getByRole('button', { name: /^Show .*the coding$/ }).click()
    const colour = (locator: Locator) =>
      locator.evaluate((element) => getComputedStyle(element).color)
    const methodLink = card.getByRole('link', { name: 'How statements are coded' }).first()
    // The page's own link to the method page is drawn in the accent colour.
    const navLink = page.getByRole('navigation').getByRole('link', { name: /method/i })
    expect(await colour(methodLink), colorScheme).toBe(await colour(navLink))
    await context.close()
  }
})

test('a four-actor comparison on a phone stays in the page, its row names in view', async () => {
  const { page, context } = await open('/?compare=united-states,turkiye,russia,armenia', {
    viewport: viewports.phone,
  })
  const table = page.getByRole('table', { name: /side by side/ })
  await table.waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    viewports.phone.width,
  )
  const rowName = table.getByRole('rowheader', { name: /^Stance/ })
  await rowName.scrollIntoViewIfNeeded()
  const before = await box(rowName)
  await table.evaluate((element) => {
    const scroller = element.parentElement
    if (scroller) scroller.scrollLeft = scroller.scrollWidth
  })
  const after = await box(rowName)
  expect(after.x).toBe(before.x)
  expect(after.x).toBeGreaterThanOrEqual(0)
  // Nothing is drawn over the row name as the other columns pass beneath it.
  const top = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.textContent,
    { x: after.x + 4, y: after.y + after.height / 2 },
  )
  expect(top).toMatch(/^Stance/)
  await saveScreenshot(page, 'compare-phone-scrolled')
  await context.close()
})

test('on a desktop the filters stay level with the results once filter chips appear', async () => {
  const { page, context } = await open('/', { viewport: viewports.desktop })
  await actorsShown(page)
  await page
    .getByRole('group', { name: 'Stance', exact: true })
    .getByRole('checkbox', { name: /^Condemns the operation/ })
    .check()
  await page
    .getByRole('button', { name: /^Remove filter/ })
    .first()
    .waitFor()
  await page.evaluate(() => window.scrollTo(0, 0))
  const filters = await box(page.getByRole('complementary', { name: 'Filters' }))
  const results = await box(page.getByRole('region', { name: 'Actors', exact: true }))
  expect(Math.abs(filters.y - results.y)).toBeLessThanOrEqual(2)
  await context.close()
})

test('the compare picker’s hint has room of its own below the picker', async () => {
  const { page, context } = await open('/?compare=united-states', {
    viewport: viewports.desktop,
  })
  await actorsShown(page)
  const hint = await box(page.getByText(/^Pick at least two actors/))
  const picker = await box(page.getByRole('combobox', { name: 'Choose two to four actors' }))
  expect(hint.y - (picker.y + picker.height)).toBeGreaterThanOrEqual(8)
  await context.close()
})

test('on a phone the Embed dialog’s labels and selects fit inside it', async () => {
  const { page, context } = await open('/', { viewport: viewports.phone })
  await actorsShown(page)
  // A chart chosen adds its image embed, the dialog's fullest form.
  await drawCharts(page)
  await page.getByRole('button', { name: 'Embed' }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this view' })
  await dialog.waitFor()
  await dialog
    .getByRole('combobox', { name: 'What to embed' })
    .selectOption({ label: 'Chart: How many take each stance' })
  await dialog.getByRole('textbox', { name: 'Image code' }).waitFor()
  const edge = await box(dialog)
  const parts = dialog.locator('label, select, legend, textarea')
  for (let index = 0; index < (await parts.count()); index += 1) {
    const part = await box(parts.nth(index))
    const name = (await parts.nth(index).textContent()) ?? ''
    expect(part.x + part.width, name).toBeLessThanOrEqual(edge.x + edge.width)
  }
  expect(edge.x + edge.width).toBeLessThanOrEqual(viewports.phone.width)
  // The code keeps its lines however much the dialog holds: it scrolls rather than squeezing it.
  const code = await box(dialog.getByRole('textbox', { name: 'Embed code' }))
  expect(code.height).toBeGreaterThanOrEqual(60)
  await dialog.screenshot({ path: join(screenshotDir, 'embed-dialog-phone.png') })
  await context.close()
})
