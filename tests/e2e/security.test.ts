import type { Page } from 'playwright-core'
import { expect, inject, test } from 'vitest'
import { localUrl, openPage, sharedBrowser, untilHydrated } from './browser'

const browser = sharedBrowser()

/** Collects every content-security-policy violation the page reports, from its first script on. */
async function openWatched(url: string) {
  const opened = await openPage(browser(), 'about:blank')
  await opened.page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const response = await opened.page.goto(url)
  return { ...opened, headers: (await response?.allHeaders()) ?? {} }
}

const violations = (page: Page) =>
  page.evaluate(() => {
    const seen: unknown = Reflect.get(window, 'cspViolations')
    return Array.isArray(seen) ? seen.map(String) : ['the watcher did not run']
  })

const views = [
  { name: 'the dashboard', path: '/', ready: { role: 'region', name: 'Reacting actors' } },
  {
    name: 'the method page',
    path: '/?view=method',
    ready: { role: 'heading', name: 'How the reactions are coded' },
  },
  { name: 'an embed', path: '/?embed=chart:distribution', ready: { role: 'figure', name: /./ } },
] as const

for (const view of views) {
  test(`${view.name} runs under its content security policy without a violation`, async () => {
    const { page, context, errors, headers } = await openWatched(localUrl(view.path))
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['content-security-policy']).toContain(
      view.path.includes('embed=') ? 'frame-ancestors *' : "frame-ancestors 'none'",
    )
    await page.getByRole(view.ready.role, { name: view.ready.name }).first().waitFor()
    // The theme script and the one that fetches the app ran: they are allowed by their hashes, not
    // blocked. Once the app runs, the data service starts at the reader's first key at the latest.
    await untilHydrated(page)
    await page.keyboard.press('Shift')
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.dataService), {
        timeout: 20_000,
      })
      .toMatch(/service-worker|in-page/)
    expect(await violations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
}

test('framed by another site, the full view shows a link; an embed renders', async () => {
  const { page, context } = await openPage(browser(), 'about:blank')
  // As on a static host that cannot vary headers by query: every page may be framed.
  await context.route(/\/\?/, async (route) => {
    const response = await route.fetch()
    const headers = response.headers()
    headers['content-security-policy'] = (headers['content-security-policy'] ?? '').replace(
      "frame-ancestors 'none'",
      'frame-ancestors *',
    )
    await route.fulfill({ response, headers })
  })
  const code = [
    `<iframe src="${localUrl('/?kind=state')}" title="The full view"></iframe>`,
    `<iframe src="${localUrl('/?embed=cards')}" title="An embed"></iframe>`,
  ].join('')
  await page.goto(
    `http://127.0.0.1:${inject('reportPort')}/report.html?code=${encodeURIComponent(code)}`,
  )
  const full = page.frameLocator('iframe[title="The full view"]')
  const link = full.getByRole('link', { name: 'Open the tracker' })
  await link.waitFor({ timeout: 20_000 })
  expect(await link.getAttribute('target')).toBe('_blank')
  expect(await full.getByRole('region', { name: 'Reacting actors' }).count()).toBe(0)
  await page
    .frameLocator('iframe[title="An embed"]')
    .getByRole('article')
    .first()
    .waitFor({ timeout: 20_000 })
  await context.close()
})
