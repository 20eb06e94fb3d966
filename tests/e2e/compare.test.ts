import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  actorsShown,
  appBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  viewports,
} from './browser'

const { open } = appBrowser()

const compareTable = (page: Page) => page.getByRole('table', { name: /side by side/ })

test('comparing the United States and Türkiye shows each one’s exact words; the link reproduces it', async () => {
  const { page, context, errors } = await open('/', {
    viewport: viewports.desktop,
  })
  await actorsShown(page)
  await page.getByRole('button', { name: 'Compare United States' }).click()
  await page.getByRole('button', { name: 'Compare Türkiye' }).click()
  const table = compareTable(page)
  await table.waitFor()
  const statements = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Key statements' }) })
  const [us, turkiye] = await statements.getByRole('cell').allTextContents()
  expect(us).toContain('“immediately cease military actions”')
  expect(turkiye).toContain('“to preserve its territorial integrity”')
  expect(
    await table.getByRole('row').filter({ hasText: 'Stance' }).first().textContent(),
  ).toContain('Urges Azerbaijan to halt')
  await saveScreenshot(page, 'compare-us-turkiye')

  const tab = await context.newPage()
  await tab.goto(page.url())
  await compareTable(tab).waitFor()
  expect(await compareTable(tab).getByRole('columnheader').allTextContents()).toEqual([
    'Position',
    'United States',
    'Türkiye',
  ])
  await tab.emulateMedia({ media: 'print' })
  await compareTable(tab).screenshot({ path: 'tests/e2e/screenshots/compare-print.png' })
  expect(await tab.getByRole('region', { name: 'Filters' }).isVisible()).toBe(false)
  expect(errors).toEqual([])
  await context.close()
})

test('the picker finds actors by typing, another name included, and chooses them by keyboard', async () => {
  const { page, context, errors } = await open('/', { viewport: viewports.desktop })
  await actorsShown(page)
  const picker = page.getByRole('combobox', { name: 'Choose two to four actors' })
  // The field's height: the chips and the text box around the combobox.
  const fieldHeight = () =>
    picker.evaluate((box) => box.parentElement?.getBoundingClientRect().height ?? 0)
  const before = await fieldHeight()
  await picker.focus()
  await page.keyboard.type('Turkey')
  await page.getByRole('option', { name: /^Türkiye “Turkey”/ }).waitFor()
  await page.keyboard.press('Enter')
  await page.keyboard.type('united st')
  await page.getByRole('option', { name: /^United States / }).waitFor()
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await saveScreenshot(page, 'compare-picker-open')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  expect(await picker.getAttribute('aria-expanded')).toBe('false')
  await compareTable(page).waitFor()
  expect(await compareTable(page).getByRole('columnheader').allTextContents()).toEqual([
    'Position',
    'Türkiye',
    'United States',
  ])
  expect(new URL(page.url()).searchParams.get('compare')).toBe('turkiye,united-states')
  // Closed, the picker is still one line: the two chips sit beside the text box.
  expect(await fieldHeight()).toBe(before)
  expect(before).toBeLessThan(50)
  expect(errors).toEqual([])
  await context.close()
})

test('the method page is reachable from every card’s rationale', async () => {
  const { page, context } = await open()
  await actorsShown(page)
  const cards = page.getByRole('article')
  const count = await cards.count()
  expect(count).toBe(10)
  for (let index = 0; index < count; index += 1) {
    const card = cards.nth(index)
    await card.getByRole('button', { name: /^Show (the statement|all \d+ statements)/ }).click()
    const links = card.getByRole('link', { name: 'How statements are coded' })
    expect(await links.count()).toBeGreaterThan(0)
    for (const href of await links.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('href')),
    )) {
      expect(href).toBe('?view=method#derivation')
    }
  }
  await cards.first().getByRole('link', { name: 'How statements are coded' }).first().click()
  await page.getByRole('heading', { name: 'How the reactions are coded' }).waitFor()
  expect(new URL(page.url()).hash).toBe('#derivation')
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await saveScreenshot(page, 'method')
  await page.goBack()
  await actorsShown(page)
  await context.close()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`keyboard only: compare two actors, cite a statement and copy it (${colorScheme})`, async () => {
    const { page, context } = await open('/', {
      colorScheme,
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    await actorsShown(page)
    const focusAndPress = async (
      name: string | RegExp,
      key = 'Enter',
      within = page.locator('body'),
    ) => {
      const target = within.getByRole('button', { name }).first()
      // Tab forward until the control has the focus, as a keyboard user would.
      for (
        let step = 0;
        step < 200 && !(await target.evaluate((element) => element === document.activeElement));
        step += 1
      ) {
        await page.keyboard.press('Tab')
      }
      await page.keyboard.press(key)
    }
    const russia = page.getByRole('article', { name: 'Russia' })
    await focusAndPress('Compare Russia')
    await focusAndPress(/Show the statement and the coding/, 'Enter', russia)
    await focusAndPress('Cite this statement', 'Enter', russia)
    const dialog = page.getByRole('dialog', { name: /^Cite:/ })
    // The styles show once citeproc, in a worker, has formatted them.
    await dialog.getByRole('region', { name: /^Chicago Manual of Style/ }).waitFor()
    await focusAndPress('Copy Chicago')
    await dialog.getByText('Copied both Chicago references.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      'Daily Sabah. 2023. “Azerbaijan Says Cease-Fire Achieved with Separatists in Karabakh.”',
    )
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    // The focus is back on "Cite" in the Russia card; Armenia's card comes next.
    await focusAndPress('Compare Armenia', 'Space')
    await compareTable(page).waitFor()
    expect(await compareTable(page).getByRole('columnheader').allTextContents()).toEqual([
      'Position',
      'Russia',
      'Armenia',
    ])
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await context.close()
  })
}
