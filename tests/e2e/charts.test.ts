import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { chartTitles } from '../fixtures'
import {
  appBrowser,
  drawCharts,
  saveScreenshot,
  seriousAccessibilityViolations,
  showOffScreenParts,
  viewports,
} from './browser'

const { open } = appBrowser()

const chart = (page: Page, title: string) => page.getByRole('figure', { name: title })

async function openCharts(page: Page) {
  await drawCharts(page)
  await chart(page, 'How many take each stance')
    .locator('.recharts-bar-rectangle')
    .first()
    .waitFor()
}

const tableColumn = async (page: Page, title: string, column: number) =>
  chart(page, title).locator(`tbody tr td:nth-child(${column})`).allTextContents()

async function toggleTable(page: Page, title: string) {
  await chart(page, title)
    .getByRole('button', { name: /Show as (table|chart)/ })
    .click()
}

test('all five charts render from the mock API', async () => {
  const { page, context, errors } = await open('/', {
    viewport: viewports.desktop,
  })
  await openCharts(page)
  for (const title of chartTitles) {
    expect(await chart(page, title).count(), title).toBe(1)
    expect(await chart(page, title).locator('.chart-description').textContent(), title).toBeTruthy()
    expect(await chart(page, title).locator('.chart-source').textContent()).toContain('Daily Sabah')
  }
  expect(
    await chart(page, 'Statements over time').locator('.recharts-scatter-symbol').count(),
  ).toBe(22)
  await saveScreenshot(page, 'charts-desktop-light')
  expect(errors).toEqual([])
  await context.close()
})

test('each table view shows the same numbers as its chart, and is kept in the URL', async () => {
  const { page, context } = await open()
  await openCharts(page)
  const distribution = chart(page, 'How many take each stance')
  const barActors = await distribution
    .locator('.bar-value-actors text, text.bar-value-actors')
    .allTextContents()
  const barStatements = await distribution
    .locator('.bar-value-statements text, text.bar-value-statements')
    .allTextContents()
  await toggleTable(page, 'How many take each stance')
  expect(await tableColumn(page, 'How many take each stance', 2)).toEqual(barActors)
  expect(await tableColumn(page, 'How many take each stance', 3)).toEqual(barStatements)
  expect(new URL(page.url()).searchParams.get('tables')).toBe('distribution')

  const marks = await chart(page, 'Statements over time')
    .locator('.recharts-scatter-symbol')
    .count()
  await toggleTable(page, 'Statements over time')
  expect((await tableColumn(page, 'Statements over time', 1)).length).toBe(marks)

  const heat = await chart(page, 'How far each pair agrees')
    .locator('.heatmap-cell')
    .allTextContents()
  await toggleTable(page, 'How far each pair agrees')
  const tablePercents = await tableColumn(page, 'How far each pair agrees', 2)
  // The table lists each pair once; the heat map shows both halves and the diagonal.
  for (const value of tablePercents) expect(heat).toContain(value)

  await page.reload()
  await chart(page, 'How many take each stance').locator('table').waitFor()
  expect(await chart(page, 'Statements over time').locator('table').count()).toBe(1)
  await context.close()
})

test('charts follow the filters, and clicking them filters the dashboard', async () => {
  const { page, context } = await open('/?kind=state')
  await openCharts(page)
  expect(
    await chart(page, 'Where each actor stands').getByRole('button').allTextContents(),
  ).not.toContain('UN')
  await chart(page, 'How many take each stance').locator('.recharts-bar-rectangle').nth(3).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('stance')).toBe('condemns')
  await page.getByRole('button', { name: 'Remove filter Stance: Condemns the operation' }).waitFor()
  await expect
    .poll(() => page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents())
    .toEqual(['France', 'Germany', 'Armenia'])

  await chart(page, 'Where each actor stands')
    .getByRole('button', { name: 'France: show only France' })
    .click()
  await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBe('france')
  await page.getByRole('button', { name: 'Clear all' }).click()
  await chart(page, 'Who took which position')
    .getByRole('button', { name: /^Humanitarian concern: show only/ })
    .click()
  await expect.poll(() => new URL(page.url()).searchParams.get('dimension')).toBe('humanitarian')
  await context.close()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious violation with the charts shown (${colorScheme}), and phone width lays out`, async () => {
    const { page, context } = await open('/', {
      colorScheme,
      viewport: viewports.desktop,
    })
    await openCharts(page)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await showOffScreenParts(page)
    await page
      .locator('.charts')
      .screenshot({ path: `tests/e2e/screenshots/charts-${colorScheme}.png` })
    await page.setViewportSize(viewports.phone)
    await page
      .locator('.charts')
      .screenshot({ path: `tests/e2e/screenshots/charts-phone-${colorScheme}.png` })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await context.close()
  })
}

test('at phone width the stances named under the distribution chart do not run into each other', async () => {
  const { page, context } = await open('/', { viewport: viewports.phone })
  await openCharts(page)
  const names = await chart(page, 'How many take each stance')
    .locator('.recharts-xAxis-tick-labels text')
    .evaluateAll((ticks) =>
      ticks.map((tick) => {
        const box = tick.getBoundingClientRect()
        return { name: tick.textContent, left: box.left, right: box.right }
      }),
    )
  expect(names.map((name) => name.name)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Supports/), expect.stringMatching(/^Calls/)]),
  )
  const sorted = names.toSorted((a, b) => a.left - b.left)
  const overlaps = sorted.slice(1).filter((name, index) => name.left < (sorted[index]?.right ?? 0))
  expect(overlaps).toEqual([])
  await context.close()
})
