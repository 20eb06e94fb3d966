import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import * as z from 'zod'
import { event } from '../../data/event'
import { nestedQuotation } from '../../src/lib/nested-quotation'
import { localUrl, openPage, saveScreenshot, sharedBrowser, viewports } from './browser'

const browser = sharedBrowser()

// A plainly fictional source, invented for this test; no outlet ever printed it.
const fictionalSource = [
  'The Freedonia Herald, an invented paper for this test, reports an invented crisis.',
  'Moscow urged both sides to stop the invented fighting. Paris condemned the invented shelling.',
  '“We will keep talking,” Yerevan said in this made-up story.',
].join('\n\n')

const articleEventTitle = event.title

// The workspace is its own page of the app, at `?view=workspace`.
const workspaceUrl = localUrl('/?view=workspace')

const exportedPackage = z.object({
  checksum: z.string(),
  data: z.object({
    sources: z.array(z.object({ text: z.string() })),
    statements: z.array(z.object({ id: z.string(), actorId: z.string() })),
  }),
})

/** Selects `words` in the shown source with the mouse, as a person would. */
async function selectWords(page: Page, words: string) {
  const box = await page.evaluate((target) => {
    const container = document.querySelector('.workspace-source-text')
    const node = container?.firstChild
    const text = node?.textContent ?? ''
    const start = text.indexOf(target)
    if (!node || start === -1) throw new Error(`"${target}" is not shown`)
    if (container instanceof HTMLElement) container.scrollIntoView({ block: 'center' })
    // A press inside an earlier selection would drag it rather than start a new one.
    window.getSelection()?.removeAllRanges()
    const rectAt = (index: number) => {
      const range = document.createRange()
      range.setStart(node, index)
      range.setEnd(node, index + 1)
      const rect = range.getBoundingClientRect()
      return { x: rect.left, y: rect.top + rect.height / 2, width: rect.width }
    }
    const first = rectAt(start)
    const last = rectAt(start + target.length - 1)
    return {
      from: { x: first.x + 0.5, y: first.y },
      to: { x: last.x + last.width - 0.5, y: last.y },
    }
  }, words)
  await page.mouse.move(box.from.x, box.from.y)
  await page.mouse.down()
  await page.mouse.move(box.to.x, box.to.y, { steps: 5 })
  await page.mouse.up()
  // Shown inside the page's own marks, the source's marks within them read as nested ones.
  await page.locator('.workspace-selected', { hasText: `“${nestedQuotation(words)}”` }).waitFor()
}

async function exportWorkspace(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the workspace' }).first().click(),
  ])
  const path = await download.path()
  return { path, content: exportedPackage.parse(JSON.parse(readFileSync(path, 'utf8'))) }
}

test('an analyst codes a fictional source, keeps it over a reload, exports and imports it back, and a broken CSV imports nothing', async () => {
  const { page, context, errors } = await openPage(browser(), workspaceUrl, {
    viewport: viewports.desktop,
  })
  // With nothing yet, the form to add a source is open and takes the page's width.
  const title = page.getByLabel('Title')
  await title.waitFor()
  const width = async (selector: string) =>
    (await page.locator(selector).first().boundingBox())?.width ?? 0
  expect(await width('.workspace-panel')).toBeGreaterThan(
    0.95 * (await width('.workspace-columns')),
  )
  await title.fill('Freedonia Herald (fictional)')
  await page.getByLabel('URL').fill('https://example.org/freedonia-herald')
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill(fictionalSource)
  // Filed under the article's event, so the dashboard's default view shows it beside the article.
  await page.getByLabel('Event').selectOption({ label: articleEventTitle })
  await page.getByRole('button', { name: 'Add source' }).click()
  await page.getByRole('heading', { name: /Code Freedonia Herald/ }).waitFor()

  await page.getByRole('button', { name: 'Suggest drafts' }).click()
  for (const name of ['Draft: Russia, urged', 'Draft: France, condemned']) {
    await page.getByRole('listitem', { name }).getByRole('button', { name: 'Accept' }).click()
    await page.getByRole('listitem', { name }).waitFor({ state: 'detached' })
  }

  await selectWords(page, '“We will keep talking,” Yerevan said in this made-up story.')
  await page.getByRole('button', { name: 'Use as passage' }).click()
  await selectWords(page, 'We will keep talking')
  await page.getByRole('button', { name: 'Add as quotation' }).click()
  await page.getByRole('searchbox', { name: 'Actor' }).fill('Yerevan')
  await page.getByRole('button', { name: 'Armenia' }).click()
  await page.getByRole('button', { name: 'Save statement' }).click()
  await page.getByRole('heading', { name: 'Your statements (3)' }).waitFor()
  await page.getByRole('status').filter({ hasText: 'Statement saved: Armenia.' }).waitFor()
  await saveScreenshot(page, 'workspace-desktop-coding')
  // Deleting is the step aside, not the filled button each form is there for.
  const background = (name: string) =>
    page
      .getByRole('button', { name })
      .first()
      .evaluate((button) => getComputedStyle(button).backgroundColor)
  expect(await background('Delete statement')).toBe('rgba(0, 0, 0, 0)')
  expect(await background('Save statement')).not.toBe('rgba(0, 0, 0, 0)')
  // Clearing is drawn as the destructive action it is, not in the main action's fill.
  expect(await background('Clear the workspace')).not.toBe(await background('Save statement'))

  // The dashboard serves the analyst's statements beside the article's, marked as theirs.
  await page.goto(localUrl('/?q=keep+talking'))
  const armenia = page.getByRole('article').filter({ hasText: 'We will keep talking' })
  await armenia.waitFor()
  expect(await armenia.getByRole('heading', { level: 3 }).textContent()).toContain('Armenia')
  await saveScreenshot(page, 'workspace-desktop-in-dashboard')

  // A chart's table lists the analyst's actor, marked as theirs in words.
  const spectrum = page.getByRole('figure', { name: 'Where each actor stands' })
  await spectrum.getByRole('button', { name: 'Show as table' }).click()
  await spectrum.getByRole('row', { name: /^Armenia Yours/ }).waitFor()
  await spectrum.scrollIntoViewIfNeeded()
  await saveScreenshot(page, 'workspace-desktop-in-chart-table')

  // The comparison sets the analyst's statement among France's key statements, marked as theirs.
  await page.goto(localUrl('/?compare=france,russia'))
  const compared = page.getByRole('table', { name: /side by side/ })
  // The page starts from the published data; the workspace is served once the page is idle.
  await compared.getByText('Paris condemned the invented shelling.').first().waitFor()
  expect(await compared.textContent()).toContain(
    'Paraphrase: your source’s wordsYoursParis condemned the invented shelling.',
  )
  await compared.scrollIntoViewIfNeeded()
  await saveScreenshot(page, 'workspace-desktop-in-compare')
  await page.goto(workspaceUrl)

  await page.reload()
  await page.getByRole('heading', { name: 'Your statements (3)' }).waitFor()
  const yours = page.getByRole('listitem', { name: /^Armenia: / })
  expect(await yours.textContent()).toContain('Yours')
  expect(await yours.textContent()).toContain('“We will keep talking”')

  const first = await exportWorkspace(page)
  expect(first.content.data.statements.map((s) => s.actorId).sort()).toEqual([
    'armenia',
    'france',
    'russia',
  ])
  expect(first.content.data.sources[0]?.text).toBe(fictionalSource)

  await page.getByRole('button', { name: 'Clear the workspace' }).click()
  await page.getByRole('button', { name: 'Yes, clear everything' }).click()
  await page.getByRole('heading', { name: 'Your statements (0)' }).waitFor()
  await page.getByRole('button', { name: 'Undo clearing' }).waitFor()
  await page.getByLabel('Import a workspace (.json)').setInputFiles(first.path)
  await page.getByRole('heading', { name: 'Your statements (3)' }).waitFor()
  const second = await exportWorkspace(page)
  expect(second.content.data).toEqual(first.content.data)
  expect(second.content.checksum).toBe(first.content.checksum)

  const csv = [
    'id,source,actor,passage,quote,stance,channel',
    'ok-row,freedonia-herald-fictional,russia,Moscow urged both sides,,calls-on-all-sides,',
    'broken,freedonia-herald-fictional,russia,Words nobody wrote,,condemns,',
    'worse,no-such-source,narnia,Paris condemned,,sideways,',
  ].join('\n')
  await page.getByLabel('Import statements (.csv)').setInputFiles({
    name: 'statements.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  })
  const problems = page.getByRole('table', { name: /Rows that cannot be imported/ })
  await problems.waitFor()
  const rows = await problems.getByRole('row').allTextContents()
  expect(rows.slice(1)).toEqual([
    '3passageThese words are not in the source.',
    '4sourceNo source in the workspace is called “no-such-source”.',
    '4actor“narnia” is not an actor in the gazetteer or the workspace.',
    '4stance“sideways” is not a stance of the codebook.',
  ])
  await page.getByRole('button', { name: 'Import the 1 valid rows' }).waitFor()
  await page.getByRole('heading', { name: 'Your statements (3)' }).waitFor()
  await saveScreenshot(page, 'workspace-desktop-csv-problems')

  for (const [name, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize(viewport)
      await page.emulateMedia({ colorScheme })
      await saveScreenshot(page, `workspace-${name}-${colorScheme}`)
    }
  }
  expect(errors).toEqual([])
  await context.close()
})
