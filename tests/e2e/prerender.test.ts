import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { reactingActorNames } from '../fixtures'
import { localUrl, openPage, sharedBrowser, untilHydrated } from './browser'

const browser = sharedBrowser()

const reactingActors = (page: Page) =>
  page
    .getByRole('region', { name: 'Reacting actors' })
    .getByRole('article')
    .getByRole('heading')
    .allTextContents()

test('without JavaScript the page shows the event, the filters and the cards', async () => {
  const { page, context, errors } = await openPage(browser(), localUrl(), {
    javaScriptEnabled: false,
  })
  expect(
    await page
      .getByRole('heading', { name: /operation in Karabakh and the cease-fire/ })
      .isVisible(),
  ).toBe(true)
  const stance = page.getByRole('group', { name: 'Stance', exact: true })
  expect(await stance.isVisible()).toBe(true)
  expect(await stance.getByRole('checkbox').count()).toBeGreaterThan(0)
  expect(await reactingActors(page)).toEqual(reactingActorNames)
  expect(await page.getByRole('article', { name: 'Türkiye' }).textContent()).toContain(
    'Supports the operation',
  )
  expect(errors).toEqual([])
  await context.close()
})

for (const { path, name } of [
  { path: '/', name: 'the dashboard' },
  { path: '/?view=method', name: 'the method page' },
]) {
  test(`${name} hydrates its prerendered markup without a mismatch`, async () => {
    const { page, context, errors } = await openPage(browser(), localUrl(path))
    const warnings: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    expect(await page.locator('html').getAttribute('data-prerendered')).toBe(
      path === '/' ? 'dashboard' : 'method',
    )
    // Once React has hydrated the page's links, a click on one stays in the app: no new page.
    const other = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', {
      name: path === '/' ? 'Method' : 'Dashboard',
    })
    await expect
      .poll(
        () =>
          other.evaluate((link) => Object.keys(link).some((key) => key.startsWith('__reactProps'))),
        { timeout: 20_000 },
      )
      .toBe(true)
    await page.evaluate(() => Object.assign(window, { samePage: true }))
    await other.click()
    await expect.poll(() => new URL(page.url()).search).toBe(path === '/' ? '?view=method' : '')
    expect(await page.evaluate(() => Reflect.get(window, 'samePage') === true)).toBe(true)
    await page.getByRole('link', { name: 'Your workspace' }).waitFor()
    expect(errors).toEqual([])
    expect(warnings.filter((warning) => /hydrat|did not match/i.test(warning))).toEqual([])
    await context.close()
  })
}

test('a filtered address shows only its own view, from the first paint on', async () => {
  const context = await browser().newContext()
  // Before every frame is painted: is the page shown, and which cards does it show?
  await context.addInitScript(() => {
    const frames: { shown: boolean; actors: string[] }[] = []
    Object.assign(window, { paintedFrames: frames })
    const sample = () => {
      const root = document.getElementById('root')
      if (root)
        frames.push({
          shown: getComputedStyle(root).visibility !== 'hidden',
          actors: [...root.querySelectorAll('article h3')].map((heading) => heading.textContent),
        })
      if (frames.length < 600) requestAnimationFrame(sample)
    }
    requestAnimationFrame(sample)
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(localUrl('/?actor=russia'))
  await page.getByRole('article', { name: 'Russia' }).waitFor()
  const frames = await page.evaluate(() => {
    const seen: unknown = Reflect.get(window, 'paintedFrames')
    return Array.isArray(seen) ? seen.map((frame) => JSON.stringify(frame)) : []
  })
  const shown = frames.filter((frame) => frame.startsWith('{"shown":true'))
  expect(shown.length).toBeGreaterThan(0)
  // Every frame that was shown holds Russia's card alone, or no card yet: never the unfiltered cards.
  expect(
    shown.filter(
      (frame) => frame !== '{"shown":true,"actors":["Russia"]}' && !frame.endsWith('"actors":[]}'),
    ),
  ).toEqual([])
  expect(shown).toContain('{"shown":true,"actors":["Russia"]}')
  expect(errors).toEqual([])
  await context.close()
})

test('the embed of the cards arrives prerendered, hydrates without a mismatch and links to its full view', async () => {
  const { page, context, errors } = await openPage(browser(), localUrl('/?embed=cards'))
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  expect(await page.locator('html').getAttribute('data-prerendered')).toBe('embed-cards')
  expect(await reactingActors(page)).toEqual(reactingActorNames)
  // The build cannot know the site's address; once hydrated, the link names it in full.
  const fullView = page.getByRole('link', { name: 'Open the full view' })
  await expect.poll(() => fullView.getAttribute('href')).toBe(localUrl('/'))
  expect(await page.getByRole('banner').count()).toBe(0)
  expect(errors).toEqual([])
  expect(warnings.filter((warning) => /hydrat|did not match/i.test(warning))).toEqual([])
  await context.close()
})

test('a prerendered page paints before its scripts are fetched; another address fetches them at once', async () => {
  const scriptsRequested = async (path: string) => {
    const { page, context } = await openPage(browser(), localUrl(path))
    const order = await page.evaluate(async () => {
      const firstScript = () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('.js'))
          .map((entry) => entry.startTime)
          .sort((a, b) => a - b)[0]
      while (firstScript() === undefined) await new Promise((resolve) => setTimeout(resolve, 50))
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime
      return { paint: paint ?? null, script: firstScript() ?? null }
    })
    await context.close()
    return order
  }
  const dashboard = await scriptsRequested('/')
  expect(dashboard.paint).not.toBeNull()
  expect(dashboard.script).toBeGreaterThanOrEqual(dashboard.paint ?? Infinity)
  // A filtered address is held hidden until the app renders it: nothing to paint, nothing to wait for.
  const filtered = await scriptsRequested('/?actor=russia')
  expect(filtered.paint === null || (filtered.script ?? 0) < filtered.paint).toBe(true)
})

/** Opens the dashboard with the app's script held back until `release` is called. */
async function openWithAppHeld() {
  const opened = await openPage(browser(), 'about:blank')
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await opened.page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released
    await route.continue()
  })
  // Not until "load": a script added before it (once the page has painted) holds the load back.
  await opened.page.goto(localUrl('/'), { waitUntil: 'domcontentloaded' })
  return { ...opened, release }
}

test('a search typed before the app runs is kept, and searches once the app runs', async () => {
  const { page, context, errors, release } = await openWithAppHeld()
  const search = page.getByRole('searchbox', { name: 'Search' })
  await search.fill('humanitarian')
  release()
  await untilHydrated(page)
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('humanitarian')
  expect(await search.inputValue()).toBe('humanitarian')
  await page.getByText(/^Showing \d+ of \d+ actors/).waitFor()
  expect(errors).toEqual([])
  await context.close()
})

test('filters ticked before the app runs are kept, and filter once the app runs', async () => {
  const { page, context, errors, release } = await openWithAppHeld()
  const stance = page.getByRole('group', { name: 'Stance', exact: true })
  await stance.getByRole('checkbox', { name: /^Supports the operation/ }).check()
  await stance.getByRole('checkbox', { name: /^Calls on all sides/ }).check()
  release()
  await untilHydrated(page)
  await expect
    .poll(() => new URL(page.url()).searchParams.get('stance')?.split(',').toSorted())
    .toEqual(['calls-on-all-sides', 'supports'])
  expect(await reactingActors(page)).toEqual(['United Nations', 'Türkiye', 'Russia'])
  expect(await stance.getByRole('checkbox', { name: /^Supports the operation/ }).isChecked()).toBe(
    true,
  )
  expect(errors).toEqual([])
  await context.close()
})
