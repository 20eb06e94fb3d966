import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  insecureUrl,
  localUrl,
  openPage,
  saveScreenshot,
  seriousAccessibilityViolations,
  viewports,
  sharedBrowser,
} from './browser'
import { reactingActorNames } from '../fixtures'

const browser = sharedBrowser()

const shownReactingActors = async (page: Page) => {
  const region = page.getByRole('region', { name: 'Reacting actors' })
  await region.waitFor()
  return region.getByRole('article').getByRole('heading').allTextContents()
}

const eight = reactingActorNames

test('on a secure origin the data comes through the service worker', async () => {
  const { page, context, errors } = await openPage(browser(), localUrl())
  expect(await shownReactingActors(page)).toEqual(eight)
  expect(await page.locator('html').getAttribute('data-data-service')).toBe('service-worker')
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
  expect(await page.locator('html').getAttribute('data-data-service')).toBe('in-page')
  expect(errors).toEqual([])
  await context.close()
})

test('where service workers are blocked the page still gets its data', async () => {
  const { page, context } = await openPage(browser(), localUrl(), { serviceWorkers: 'block' })
  expect(await shownReactingActors(page)).toEqual(eight)
  expect(await page.locator('html').getAttribute('data-data-service')).toBe('in-page')
  await context.close()
})

test('an injected fault shows the panel error in the browser', async () => {
  const { page, context } = await openPage(browser(), localUrl('/?mock-faults=stances:error'))
  const alert = page.getByRole('alert').filter({ hasText: 'The actors could not be loaded.' })
  await alert.waitFor({ timeout: 20_000 })
  expect(await alert.textContent()).toContain('Injected fault: the stances endpoint failed.')
  // The panels that do not need the failed request keep working.
  await page.getByRole('heading', { name: /operation in Karabakh and the cease-fire/ }).waitFor()
  await context.close()
})

for (const [width, viewport] of Object.entries(viewports)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${width} ${colorScheme}: screenshot, no serious accessibility violation`, async () => {
      const { page, context } = await openPage(browser(), localUrl(), { viewport, colorScheme })
      await shownReactingActors(page)
      await saveScreenshot(page, `actors-${width}-${colorScheme}`)
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      await context.close()
    })
  }
}
