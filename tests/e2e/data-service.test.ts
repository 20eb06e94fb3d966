import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  appBrowser,
  insecureUrl,
  localUrl,
  openPage,
  saveScreenshot,
  seriousAccessibilityViolations,
  untilHydrated,
  viewports,
} from './browser'
import { reactingActorNames } from '../fixtures'

const { browser, open } = appBrowser()

const shownReactingActors = async (page: Page) => {
  const region = page.getByRole('region', { name: 'Reacting actors' })
  await region.waitFor()
  return region.getByRole('article').getByRole('heading').allTextContents()
}

const eight = reactingActorNames

/**
 * With the data in the page, the data service starts once the reader first does something (a key
 * here) in the running app: wait for it.
 */
const dataService = async (page: Page) => {
  await untilHydrated(page)
  await page.keyboard.press('Shift')
  await expect
    .poll(() => page.locator('html').getAttribute('data-data-service'), { timeout: 20_000 })
    .not.toBeNull()
  return page.locator('html').getAttribute('data-data-service')
}

test('on a secure origin the data comes through the service worker', async () => {
  const { page, context, errors } = await open()
  expect(await shownReactingActors(page)).toEqual(eight)
  // With the data in the page, nothing starts the service until the reader does something.
  await page.waitForTimeout(1500)
  expect(await page.locator('html').getAttribute('data-data-service')).toBeNull()
  expect(await dataService(page)).toBe('service-worker')
  const registrations = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistrations()).length,
  )
  expect(registrations).toBe(1)
  await expect
    .poll(() => page.getByRole('article', { name: 'Türkiye' }).textContent())
    .toContain('Supports the operation')
  expect(errors).toEqual([])
  await context.close()
})

test('on an origin that is not secure the same data is answered in the page', async () => {
  const { page, context, errors } = await openPage(browser(), insecureUrl())
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false)
  expect(await shownReactingActors(page)).toEqual(eight)
  expect(await dataService(page)).toBe('in-page')
  expect(errors).toEqual([])
  await context.close()
})

test('where service workers are blocked the page still gets its data', async () => {
  const { page, context } = await open('/', { serviceWorkers: 'block' })
  expect(await shownReactingActors(page)).toEqual(eight)
  expect(await dataService(page)).toBe('in-page')
  await context.close()
})

test('an injected fault shows the panel error in the browser', async () => {
  const { page, context } = await open('/?mock-faults=actors:error')
  const alert = page.getByRole('alert').filter({ hasText: 'The actors could not be loaded.' })
  await alert.waitFor({ timeout: 20_000 })
  expect(await alert.textContent()).toContain('Injected fault: the actors endpoint failed.')
  await context.close()
})

test('without the derived stances the cards show, with one message and one retry', async () => {
  const { page, context } = await open('/?mock-faults=stances:error')
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'The derived stances could not be loaded.' })
  await alert.waitFor({ timeout: 20_000 })
  expect(await alert.textContent()).toContain('Injected fault: the stances endpoint failed.')
  expect(await shownReactingActors(page)).toEqual(eight)
  expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1)
  await page.getByRole('heading', { name: /operation in Karabakh and the cease-fire/ }).waitFor()
  await saveScreenshot(page, 'stances-unavailable')
  await context.close()
})

test('requested faults are shown, stay out of the address and can be stopped', async () => {
  const { page, context, errors } = await open('/?mock-faults=stances:error&actor=russia')
  const banner = page.getByRole('region', { name: 'Fault injection' })
  await banner.waitFor({ timeout: 20_000 })
  expect(await banner.textContent()).toContain(
    'Faults are being injected into the mock API: stances:error',
  )
  // Nothing made from the address (a copied link, embed code, a bookmark) can carry the faults.
  expect(new URL(page.url()).searchParams.get('mock-faults')).toBeNull()
  expect(new URL(page.url()).searchParams.get('actor')).toBe('russia')
  expect(await page.evaluate(() => localStorage.getItem('mock-faults'))).toBeNull()
  await page.getByRole('alert').filter({ hasText: 'Injected fault' }).first().waitFor()
  await banner.getByRole('button', { name: 'Stop injecting faults' }).click()
  await page.getByRole('article', { name: 'Russia' }).waitFor()
  expect(await banner.count()).toBe(0)
  // The injected 500s are logged by the browser itself; nothing else may be.
  expect(errors.filter((error) => !error.includes('status of 500'))).toEqual([])
  await context.close()
})

test('a fault plan left in storage does nothing in the production build', async () => {
  const { page, context, errors, warnings } = await openWithStored('mock-faults', '*:error')
  expect(await shownReactingActors(page)).toEqual(eight)
  // The prerendered page shows before the app runs; the app removes the stored plan as it starts.
  await untilHydrated(page)
  expect(await page.getByRole('region', { name: 'Fault injection' }).count()).toBe(0)
  expect(await page.evaluate(() => localStorage.getItem('mock-faults'))).toBeNull()
  expect(warnings.join('\n')).toContain('Removed the stored "mock-faults"')
  expect(errors).toEqual([])
  await context.close()
})

/** Opens the dashboard with `key` already holding `value`, as a stored entry left by an earlier visit. */
async function openWithStored(key: string, value: string) {
  const context = await browser().newContext()
  await context.addInitScript(
    ([name, text]) => {
      // Only before the page's own scripts: the guard may remove the entry during the visit.
      if (document.readyState === 'loading') window.localStorage.setItem(name, text)
    },
    [key, value] as const,
  )
  const page = await context.newPage()
  const errors: string[] = []
  const warnings: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
    if (message.type() === 'warning') warnings.push(message.text())
  })
  await page.goto(localUrl())
  return { page, context, errors, warnings }
}

const corruptValues = ['{}', '1', 'true', '[null]', '{"broken']
const storedKeys = ['__msw-cookie-store__', 'reactions-tracker:theme', 'mock-faults']

for (const key of storedKeys) {
  test(`a corrupt stored "${key}" does not stop the data service`, async () => {
    for (const value of corruptValues) {
      const { page, context, errors, warnings } = await openWithStored(key, value)
      expect(await shownReactingActors(page), `${key} = ${value}`).toEqual(eight)
      await dataService(page)
      expect(errors, `${key} = ${value}`).toEqual([])
      if (key === '__msw-cookie-store__') {
        expect(warnings.join('\n'), `${key} = ${value}`).toContain(
          'Removed the stored entry "__msw-cookie-store__"',
        )
      }
      await context.close()
    }
  })
}

test('when the data service fails to start, "Try again" starts it again', async () => {
  // An earlier dataset version is not in the page: its data needs the service.
  const frozen = localUrl('/?version=2026-11-27.1')
  const { page, context, errors } = await openPage(browser(), 'about:blank')
  let refusing = true
  let refused = 0
  // The mock API's code fails to load, as on a dropped connection, until the panels give up.
  await page.route(/\/assets\/browser-[\w-]+\.js$/, async (route) => {
    if (!refusing) return route.continue()
    refused += 1
    return route.abort('connectionreset')
  })
  await page.goto(frozen)
  await page.getByRole('button', { name: 'Try again' }).first().waitFor({ timeout: 30_000 })
  expect(refused).toBeGreaterThan(0)
  expect(await page.getByText('The data service could not be reached').count()).toBeGreaterThan(0)
  refusing = false
  await page.getByRole('button', { name: 'Try again' }).first().click()
  await expect
    .poll(() => page.locator('html').getAttribute('data-data-service'))
    .toBe('service-worker')
  await page.getByRole('heading', { name: /operation in Karabakh and the cease-fire/ }).waitFor()
  // Every other panel comes back on its own "Try again", now that the service answers. A retry
  // can bring back more than its own panel (they share data), so a reader clicks whichever is
  // still shown until none is.
  const retries = page.getByRole('button', { name: 'Try again' })
  await expect
    .poll(
      async () => {
        const first = retries.first()
        if (await first.isVisible()) await first.click({ timeout: 2_000 }).catch(() => undefined)
        return retries.count()
      },
      { timeout: 30_000 },
    )
    .toBe(0)
  expect(await shownReactingActors(page)).toEqual(eight)
  await page
    .getByRole('group', { name: 'Stance', exact: true })
    .getByRole('checkbox')
    .first()
    .waitFor()
  await page.getByRole('figure', { name: /How many take each stance/ }).waitFor()
  expect(await page.getByText('could not be reached').count()).toBe(0)
  expect(await page.evaluate(async () => (await fetch('/api/actors')).status)).toBe(200)
  // The refused loads are logged by the browser itself; nothing else may be.
  expect(errors.filter((error) => !error.includes('Failed to load resource'))).toEqual([])
  await context.close()
})

for (const [width, viewport] of Object.entries(viewports)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${width} ${colorScheme}: screenshot, no serious accessibility violation`, async () => {
      const { page, context } = await open('/', { viewport, colorScheme })
      await shownReactingActors(page)
      await saveScreenshot(page, `actors-${width}-${colorScheme}`)
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      await context.close()
    })
  }
}

test('a failed background update of the worker throws nothing uncaught', async () => {
  const { page, context, errors } = await open()
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  expect(await shownReactingActors(page)).toEqual(eight)
  await dataService(page)
  // The browser's own rejection, as msw's unawaited registration.update() leaves it when the worker
  // script is missing (the update fetch itself cannot be intercepted from a test).
  await page.evaluate(() => {
    void Promise.reject(
      new TypeError(
        "Failed to update a ServiceWorker for scope ('/') with script ('/mockServiceWorker.js'): Not found",
      ),
    )
  })
  await expect.poll(() => warnings.join('\n')).toContain('could not be updated')
  expect(await shownReactingActors(page)).toEqual(eight)
  expect(errors).toEqual([])
  await context.close()
})
