import { expect, inject, test } from 'vitest'
import { appBrowser, localUrl, openPage, saveScreenshot, viewports } from './browser'

const { browser, open } = appBrowser()

test('the Embed dialog gives titled iframe code for the current view', async () => {
  const { page, context } = await open('/?stance=condemns', {
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  await page.getByText(/^Showing \d+ of \d+ actors/).waitFor()
  await page.getByRole('button', { name: 'Embed' }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this view' })
  await dialog.waitFor()
  await dialog
    .getByLabel('What to embed')
    .selectOption({ label: 'Chart: How many take each stance' })
  await dialog.getByLabel(/Frozen as of dataset/).check()
  const code = await dialog.getByLabel('Embed code').inputValue()
  expect(code).toMatch(
    /^<iframe src="http:\/\/localhost:\d+\/\?stance=condemns&amp;embed=chart:distribution&amp;version=[\w.-]+" title="Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire: Chart: How many take each stance"/,
  )
  expect(code).toContain('<script src="http://localhost:')
  await dialog.getByRole('button', { name: 'Copy code' }).click()
  await dialog.getByText('Copied the embed code.').waitFor()
  await context.close()
})

// The report is served from another origin (another port on this machine).
for (const serviceWorkers of ['allow', 'block'] as const) {
  test(`an embed in a report from another origin renders and is resized (service workers: ${serviceWorkers})`, async () => {
    const { page, context, errors } = await openPage(browser(), 'about:blank', {
      viewport: viewports.desktop,
      serviceWorkers,
    })
    const src = localUrl('/?kind=state&embed=cards&theme=dark')
    const script = localUrl('/embed-resizer.js')
    const code = [
      `<iframe src="${src}" title="Reactions: the cards" width="100%" height="150" style="border:0" data-reactions-embed></iframe>`,
      `<iframe src="${src}" title="Not resized: no data attribute" width="100%" height="150" style="border:0"></iframe>`,
      `<script src="${script}" defer></script>`,
    ].join('\n')
    const report = `http://127.0.0.1:${inject('reportPort')}/report.html?code=${encodeURIComponent(code)}`
    await page.goto(report)
    const frame = page.frameLocator('iframe[data-reactions-embed]')
    await frame.getByRole('article', { name: 'France' }).waitFor({ timeout: 20_000 })
    expect(await frame.getByText(/^As of dataset/).count()).toBe(1)
    expect(
      await frame.getByRole('link', { name: 'Open the full view' }).getAttribute('href'),
    ).not.toContain('embed=')
    await expect
      .poll(
        async () =>
          Number.parseInt(
            await page
              .locator('iframe[data-reactions-embed]')
              .evaluate((element) => getComputedStyle(element).height),
            10,
          ),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(600)
    // A frame the script was not asked to resize keeps its size.
    expect(
      await page
        .locator('iframe:not([data-reactions-embed])')
        .evaluate((element) => getComputedStyle(element).height),
    ).toBe('150px')
    // A message from the report page itself, not from the embed, is ignored.
    await page.evaluate(() => window.postMessage(5, '*'))
    await page.waitForTimeout(200)
    expect(
      Number.parseInt(
        await page
          .locator('iframe[data-reactions-embed]')
          .evaluate((element) => getComputedStyle(element).height),
        10,
      ),
    ).toBeGreaterThan(600)
    await saveScreenshot(page, `embed-report-${serviceWorkers}`)
    expect(errors).toEqual([])
    await context.close()
  })
}
