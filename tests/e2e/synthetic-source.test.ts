import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { syntheticSourceLabel } from '../../src/lib/engine/synthetic-sources'
import { openSyntheticOrganisations, screenshotDir, sharedBrowser } from './browser'

const browser = sharedBrowser()

// Making and indexing the corpus takes a while on a shared machine; nothing here is timed.
const long = { timeout: 5 * 60_000 }

test(
  'a synthetic statement opens in its synthetic source, labelled as such, its words highlighted',
  long,
  async () => {
    const { page, context, errors } = await openSyntheticOrganisations(browser(), 1000)
    const card = page.getByRole('article').first()
    await card.waitFor({ timeout: long.timeout })
    await card.getByRole('button', { name: /^Show (all [\d,]+ statements|the statement)/ }).click()
    const statement = card.getByRole('listitem').filter({
      has: page.getByRole('button', { name: 'View in source' }),
    })
    const said = (await statement.first().textContent()) ?? ''
    await statement.first().getByRole('button', { name: 'View in source' }).click()

    const dialog = page.getByRole('dialog', { name: /^In the source: / })
    const text = dialog.getByRole('region', { name: 'Article text' })
    await text.waitFor()
    expect(await dialog.textContent()).toContain(syntheticSourceLabel)
    expect(await text.textContent()).toMatch(new RegExp(`^${syntheticSourceLabel}\\. `))
    // The highlighted passage is the statement's own words, as the card gives them.
    const marked = (await dialog.locator('mark').first().textContent()) ?? ''
    const words = marked.replace(/^Start of the cited passage\. | End of the cited passage\.$/g, '')
    expect(words).toMatch(/^\[Synthetic\] /)
    expect(said).toContain(words)
    mkdirSync(screenshotDir, { recursive: true })
    await dialog.screenshot({ path: join(screenshotDir, 'synthetic-source-dialog.png') })
    expect(errors).toEqual([])
    await context.close()
  },
)
