import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { appBrowser, screenshotDir, seriousAccessibilityViolations, viewports } from './browser'

const { open } = appBrowser()
const title = 'Where each country stands'
const mapFigure = (page: Page) => page.getByRole('figure', { name: title })

/** The eight reacting actors and the stance the dataset derives for each. */
const reacting = {
  US: 'urges-halt',
  UN: 'calls-on-all-sides',
  EU: 'condemns',
  France: 'condemns',
  Germany: 'condemns',
  Türkiye: 'supports',
  Russia: 'calls-on-all-sides',
  Armenia: 'condemns',
} as const
const organisations = new Set(['UN', 'EU'])
const fullNames: Record<string, string> = { US: 'United States' }

async function openMap(page: Page) {
  // Drawn once it nears the view, as when a reader scrolls to it.
  await mapFigure(page).scrollIntoViewIfNeeded()
  await mapFigure(page).locator('svg.map-svg').waitFor({ timeout: 30_000 })
}

/** What the theme on screen paints a CSS colour as, for comparing with a shape's fill. */
const resolved = (page: Page, color: string) =>
  page.evaluate((value) => {
    const probe = document.createElement('span')
    probe.style.color = value
    document.body.append(probe)
    const result = getComputedStyle(probe).color
    probe.remove()
    return result
  }, color)

/** The fill of an option: a country's shape, or the swatch of an item in the list beside it. */
const fillOf = (page: Page, name: string) =>
  mapFigure(page)
    .getByRole('option', { name: new RegExp(`^${name}: `) })
    .evaluate((element) => {
      const shape = element.tagName === 'path' ? element : element.querySelector('rect')
      return shape ? getComputedStyle(shape).fill : ''
    })

test('the reacting actors’ countries are coloured by their stances, organisations listed beside', async () => {
  const { page, context, errors } = await open('/', {
    viewport: viewports.desktop,
  })
  await openMap(page)
  for (const [actor, stance] of Object.entries(reacting)) {
    const name = organisations.has(actor) ? actor : (fullNames[actor] ?? actor)
    const option = mapFigure(page).getByRole('option', { name: new RegExp(`^${name}: `) })
    expect(await option.evaluate((element) => element.tagName), actor).toBe(
      organisations.has(actor) ? 'g' : 'path',
    )
    expect(await fillOf(page, name), actor).toBe(await resolved(page, `var(--stance-${stance})`))
  }
  expect(await mapFigure(page).getByText('Not on the map').count()).toBe(1)
  expect(errors).toEqual([])
  await context.close()
})

test('a click on France filters the dashboard to France, and the chip appears', async () => {
  const { page, context } = await open('/', { viewport: viewports.desktop })
  await openMap(page)
  // France's shape spans French Guiana too, so its box's centre is ocean: click a point of its fill.
  const point = await mapFigure(page)
    .getByRole('option', { name: /^France: / })
    .evaluate((element) => {
      if (!(element instanceof SVGPathElement)) return null
      element.scrollIntoView({ block: 'center' })
      const box = element.getBBox()
      const matrix = element.getScreenCTM()
      for (let x = box.x; x < box.x + box.width; x += 1)
        for (let y = box.y; y < box.y + box.height; y += 1)
          if (matrix && element.isPointInFill(new DOMPoint(x, y))) {
            const screen = new DOMPoint(x, y).matrixTransform(matrix)
            const hit = document.elementFromPoint(screen.x, screen.y)
            if (hit === element) return { x: screen.x, y: screen.y }
          }
      return null
    })
  expect(point).not.toBeNull()
  if (point) await page.mouse.click(point.x, point.y)
  await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBe('france')
  await page.getByRole('button', { name: 'Remove filter Actor: France' }).waitFor()
  await expect
    .poll(() => page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents())
    .toEqual(['France'])
  await context.close()
})

test('the table lists the same stances as the map', async () => {
  const { page, context } = await open('/', { viewport: viewports.desktop })
  await openMap(page)
  const shown = await mapFigure(page)
    .getByRole('option')
    .evaluateAll((options) =>
      options.map(
        (option) => (option.getAttribute('aria-label') ?? '').split(/, \d+ statement/)[0] ?? '',
      ),
    )
  await mapFigure(page).getByRole('button', { name: 'Show as table' }).click()
  const rows = await mapFigure(page)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    )
  const inTable = new Map(rows.map(([actor = '', stance = '']) => [actor, stance]))
  const onMap = new Map(shown.map((label) => [label.split(': ')[0], label.split(': ')[1]]))
  const tableNames: Record<string, string> = {
    US: 'United States',
    UN: 'United Nations',
    EU: 'European Union',
  }
  for (const actor of Object.keys(reacting)) {
    const stance = onMap.get(organisations.has(actor) ? actor : (fullNames[actor] ?? actor))
    expect(stance, actor).toBeTruthy()
    expect(inTable.get(tableNames[actor] ?? actor), actor).toBe(stance)
  }
  expect(new URL(page.url()).searchParams.get('tables')).toBe('map')
  await context.close()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious with the map shown (${colorScheme}); desktop and phone screenshots`, async () => {
    const { page, context } = await open('/', {
      colorScheme,
      viewport: viewports.desktop,
    })
    await openMap(page)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await mapFigure(page).screenshot({ path: `${screenshotDir}/map-desktop-${colorScheme}.png` })
    await page.setViewportSize(viewports.phone)
    await openMap(page)
    await mapFigure(page).screenshot({ path: `${screenshotDir}/map-phone-${colorScheme}.png` })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await context.close()
  })
}
