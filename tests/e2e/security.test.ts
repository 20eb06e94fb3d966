import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { expect, inject, test } from 'vitest'
import { localUrl, openPage, screenshotDir, sharedBrowser, untilHydrated } from './browser'

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
    const embed = view.path.includes('embed=')
    expect(headers['content-security-policy']).toContain(
      embed ? 'frame-ancestors *' : "frame-ancestors 'none'",
    )
    expect(headers['x-frame-options']).toBe(embed ? undefined : 'DENY')
    expect(headers['content-security-policy']).toContain("require-trusted-types-for 'script'")
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

/** Addresses that are the full page to the router, however much they look like an embed. */
const notEmbeds = [
  '/?embed=bogus&view=workspace',
  '/?embed=',
  '/?embed=x&view=method',
  '/?embed&dataset=synthetic',
  '/?embed=cards&embed=cards&view=workspace',
  '/?EMBED=cards&view=workspace',
  '/?embed=Cards&view=workspace',
  '/?embed=cards%20&view=workspace',
  '/?view=workspace#embed=cards',
  '/?view=workspace',
]
/** Embeds; the first asks for the workspace too, which the router never shows in an embed. */
const embeds = ['/?embed=cards&view=workspace', '/?embed=chart%3Adistribution']

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * A report on another origin (the report server's port) framing each address, once every frame
 * has loaded, whether with the page or with the browser's page for a refused frame.
 */
async function frameInReport(context: BrowserContext, paths: readonly string[]) {
  const page = await context.newPage()
  const code = paths
    .map(
      (path, index) =>
        `<iframe name="frame-${index}" title="${escapeAttribute(path)}" src="${escapeAttribute(localUrl(path))}" onload="this.dataset.loaded = ''"></iframe>`,
    )
    .join('')
  await page.goto(
    `http://127.0.0.1:${inject('reportPort')}/report.html?code=${encodeURIComponent(code)}`,
  )
  await page.waitForFunction(
    (count) => document.querySelectorAll('iframe[data-loaded]').length === count,
    paths.length,
    { timeout: 30_000 },
  )
  const frames = paths.map((path, index) => ({
    path,
    frame: page.frame({ name: `frame-${index}` }),
    content: page.frameLocator(`iframe[name="frame-${index}"]`),
  }))
  return { page, frames }
}

/** Any control at all: a framed page that is no embed must offer none. */
const controls = 'button, input, select, textarea, [role="button"]'

test('framed by another site, an address that is no embed is refused by its header; an embed renders', async () => {
  const context = await browser().newContext()
  const { frames } = await frameInReport(context, [...notEmbeds, ...embeds])
  for (const { path, frame, content } of frames) {
    if (notEmbeds.includes(path)) {
      // Chromium shows its own error page in place of a frame the header refuses.
      expect(frame?.url(), path).toMatch(/^chrome-error:/)
      expect(await content.locator(controls).count(), path).toBe(0)
    } else {
      await content
        .getByRole(path.includes('chart') ? 'figure' : 'article')
        .first()
        .waitFor()
      expect(await content.getByRole('button', { name: 'Clear the workspace' }).count()).toBe(0)
    }
  }
  await context.close()
})

/** The headers dist/_headers gives the page's address `/`, as Netlify or Cloudflare send them. */
function staticHostHeaders(): Record<string, string> {
  const file = readFileSync(resolve(import.meta.dirname, '../../dist/_headers'), 'utf8')
  const rule = /^\/\n((?: {2}.+\n)+)/m.exec(file)?.[1] ?? ''
  return Object.fromEntries(
    rule
      .trim()
      .split('\n')
      .map((line) => {
        const [name = '', ...value] = line.trim().split(': ')
        return [name.toLowerCase(), value.join(': ')]
      }),
  )
}

test('on a host that frames the page’s address for every query, an address that is no embed shows only a link', async () => {
  const context = await browser().newContext()
  const served = staticHostHeaders()
  expect(served['content-security-policy']).toMatch(/frame-ancestors \*$/)
  // The page's address, whatever its query, gets the headers of the `_headers` rule for `/`.
  await context.route(
    (url) => url.port === String(inject('port')) && url.pathname === '/',
    async (route) => {
      const response = await route.fetch()
      const headers = { ...response.headers() }
      delete headers['content-security-policy']
      delete headers['x-frame-options']
      await route.fulfill({ response, headers: { ...headers, ...served } })
    },
  )
  const { page, frames } = await frameInReport(context, [...notEmbeds, ...embeds])
  for (const { path, frame, content } of frames) {
    if (notEmbeds.includes(path)) {
      const link = content.getByRole('link', { name: 'Open the tracker' })
      await link.waitFor({ timeout: 20_000 })
      expect(await link.getAttribute('target')).toBe('_blank')
      expect(await content.locator(controls).count(), path).toBe(0)
      // Nor does anything run behind the link: no data service, no workspace served.
      expect(
        await frame?.evaluate(() => document.documentElement.dataset.dataService ?? 'not started'),
        path,
      ).toBe('not started')
    } else {
      await content
        .getByRole(path.includes('chart') ? 'figure' : 'article')
        .first()
        .waitFor()
      expect(await content.getByRole('button', { name: 'Clear the workspace' }).count()).toBe(0)
    }
  }
  await page.screenshot({ path: join(screenshotDir, 'framed-by-another-site.png'), fullPage: true })
  await context.close()
})
