import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { syntheticLabel } from '../../data/synthetic/templates'
import { csvObjects } from '../csv-parse'
import {
  localUrl,
  openPage,
  openSyntheticOrganisations,
  saveScreenshot,
  sharedBrowser,
} from './browser'

const browser = sharedBrowser()

// Making and indexing 100,000 statements takes a while on a shared machine; nothing here is timed.
const long = { timeout: 15 * 60_000 }

const countLine = (page: Page) =>
  page.getByText(
    /^(All [\d,]+ actors? · [\d,]+ statements?|Showing [\d,]+ of [\d,]+ actors? · [\d,]+ matching)/,
  )

/** The statements the count line says are shown. */
async function shownStatements(page: Page) {
  const text = (await countLine(page).first().textContent()) ?? ''
  return Number(/· ([\d,]+) (matching )?statements?/.exec(text)?.[1]?.replaceAll(',', ''))
}

test(
  'the 100,000-statement view loads labelled synthetic, and filters and searches in the engine',
  long,
  async () => {
    const { page, context, errors } = await openSyntheticOrganisations(browser(), 100_000)
    await countLine(page).first().waitFor({ timeout: long.timeout })
    const before = await shownStatements(page)
    expect(before).toBeGreaterThan(0)
    expect(before).toBeLessThan(100_000)
    expect(await page.getByText(syntheticLabel).first().isVisible()).toBe(true)
    await saveScreenshot(page, 'scale-loaded')
    // The stance across events: the strips of the twelve busiest organisations, across every event.
    const strips = page.getByRole('figure', { name: /^Stance across \d+ events for 12 actors/ })
    await strips.waitFor({ timeout: long.timeout })
    const stripRows = strips.getByRole('grid').getByRole('row')
    expect(await stripRows.count()).toBe(12)
    expect(
      await stripRows.first().locator('[role="gridcell"][data-stance]').count(),
    ).toBeGreaterThan(1)

    // Across 250 events most busy actors' stances span the whole scale (mixed), so the filter
    // that narrows here is each statement's own stance.
    const stance = page.getByRole('group', { name: 'Stance of a statement', exact: true })
    await stance.getByRole('checkbox').first().check({ timeout: long.timeout })
    await expect.poll(() => shownStatements(page), { timeout: long.timeout }).not.toBe(before)
    const filtered = await shownStatements(page)
    expect(filtered).toBeLessThan(before)

    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('humanitarian')
    await expect.poll(() => shownStatements(page), { timeout: long.timeout }).toBeLessThan(filtered)
    expect(await shownStatements(page)).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await context.close()
  },
)

test(
  'synthetic data says so on the method page, in an embed, in a download and in a citation',
  long,
  async () => {
    const address = '/?dataset=synthetic&size=1000&kind=international-organisation'
    const { page, context, errors } = await openPage(browser(), localUrl(address), {
      acceptDownloads: true,
    })
    await countLine(page).first().waitFor({ timeout: long.timeout })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^synthetic_reactions_/)
    const records = csvObjects(readFileSync(await download.path(), 'utf8'))
    expect(records.length).toBe(await shownStatements(page))
    expect(new Set(records.map((record) => record.dataset))).toEqual(new Set(['synthetic']))

    await page.getByRole('button', { name: 'Cite this view' }).click()
    const dialog = page.getByRole('dialog', { name: 'Cite: this view' })
    await dialog.waitFor()
    expect(await dialog.getByText(syntheticLabel).first().isVisible()).toBe(true)
    const apaRegion = dialog.getByRole('region', { name: 'APA Style 7th edition' })
    await apaRegion.waitFor({ timeout: long.timeout })
    const apa = await apaRegion.locator('pre').allTextContents()
    expect(apa).toHaveLength(1)
    expect(apa[0]).toContain('[Synthetic data for testing at scale — not real statements]')
    expect(apa[0]).toContain('[Synthetic dataset]')
    expect(apa[0]).toContain('dataset=synthetic')
    await page.keyboard.press('Escape')

    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Method' })
      .click()
    await page.waitForURL(/view=method/)
    expect(await page.getByText(syntheticLabel).first().isVisible()).toBe(true)
    expect(new URL(page.url()).searchParams.get('dataset')).toBe('synthetic')

    const embed = await context.newPage()
    await embed.goto(localUrl(`${address}&embed=chart:distribution`))
    await embed.getByText(syntheticLabel).first().waitFor({ timeout: long.timeout })
    await embed.getByRole('figure').first().waitFor({ timeout: long.timeout })
    expect(await embed.getByText(syntheticLabel).first().isVisible()).toBe(true)
    await saveScreenshot(embed, 'scale-embed')
    expect(errors).toEqual([])
    await context.close()
  },
)
