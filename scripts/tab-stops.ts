import type { Page } from 'playwright-core'

/**
 * Where a keyboard reader heads on the dashboard, and the skip link that leads there: the first
 * card's first control, the first chart and the map.
 */
export const tabTargets = {
  card: { selector: '.results article', skip: 'Skip to results' },
  chart: { selector: 'figure.chart', skip: 'Skip to charts' },
  map: { selector: 'figure[aria-labelledby="chart-map-title"]', skip: 'Skip to the map' },
} as const

export type TabTarget = keyof typeof tabTargets

/** Whether the focus is inside the first element the selector finds. */
const focusIn = (page: Page, selector: string) =>
  page.evaluate(
    (found) => document.querySelector(found)?.contains(document.activeElement) ?? false,
    selector,
  )

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent.trim() ?? '')

/**
 * How many presses of Tab, from the top of a freshly opened page, bring the focus into the
 * target, or null if `limit` presses do not. Tab only, every control in the way counted.
 */
export async function tabsStraightTo(page: Page, selector: string, limit = 300) {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab')
    if (await focusIn(page, selector)) return presses
  }
  return null
}

/**
 * How many presses of Tab bring the focus into the target when the reader follows the skip link
 * named `skip` on the way (Tab to it, Enter, then Tab on), or null when there is no such link
 * among the first `limit` stops or the target is not reached after it. Enter is not counted.
 */
export async function tabsBySkipLinkTo(page: Page, selector: string, skip: string, limit = 30) {
  let presses = 0
  for (;;) {
    if (presses >= limit) return null
    await page.keyboard.press('Tab')
    presses += 1
    if ((await focusedText(page)) === skip) break
  }
  await page.keyboard.press('Enter')
  const after = await tabsStraightTo(page, selector, limit)
  return after === null ? null : presses + after
}
