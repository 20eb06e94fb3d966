import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { localUrl, openPage, saveScreenshot, sharedBrowser, viewports } from './browser'

const browser = sharedBrowser()

test('CSV and JSON downloads hold exactly the statements the view shows', async () => {
  const { page, context } = await openPage(browser(), localUrl('/?stance=condemns,urges-halt'), {
    acceptDownloads: true,
  })
  const count = page.getByText(/^Showing \d+ of \d+ actors · (\d+) matching statements/)
  await count.waitFor()
  const shown = Number(/· (\d+) matching/.exec((await count.textContent()) ?? '')?.[1])
  expect(shown).toBe(7)

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  const csv = readFileSync(await csvDownload.path(), 'utf8')
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
  expect(lines[0]).toMatch(/^statement_id,actor,actor_id,/)
  expect(lines).toHaveLength(shown + 1)
  expect(csv).toContain('immediately cease military actions')
  expect(csvDownload.suggestedFilename()).toMatch(/^karabakh-reactions-.*\.csv$/)

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ])
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as {
    statements: { actor: string }[]
    view: string
  }
  expect(json.statements).toHaveLength(shown)
  expect(new Set(json.statements.map((row) => row.actor))).toEqual(
    new Set(['United States', 'European Union', 'France', 'Germany', 'Armenia']),
  )
  expect(json.view).toContain('stance=condemns,urges-halt')
  await context.close()
})

test('printing hides the navigation chrome and keeps the cards and the source', async () => {
  const { page, context } = await openPage(browser(), localUrl('/?stance=condemns'), {
    viewport: viewports.desktop,
  })
  await page.getByText(/^Showing \d+ of \d+ actors/).waitFor()
  await page.emulateMedia({ media: 'print' })
  expect(await page.getByRole('region', { name: 'Filters' }).isVisible()).toBe(false)
  expect(await page.getByRole('group', { name: 'Theme' }).isVisible()).toBe(false)
  expect(await page.getByRole('button', { name: 'Download CSV' }).isVisible()).toBe(false)
  expect(await page.getByRole('article', { name: 'France' }).isVisible()).toBe(true)
  expect(await page.getByText(/^Source: “Azerbaijan says cease-fire/).isVisible()).toBe(true)
  await saveScreenshot(page, 'print-condemns')
  await context.close()
})
