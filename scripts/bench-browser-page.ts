// What bench-browser reads in the page: the performance entries it records, the count line it waits
// on, and the heap.
import type { Page } from 'playwright-core'
import { z } from 'zod/mini'

/** How long one step (a click, a typed search) may take before the run gives up. */
export const stepTimeout = 5 * 60_000

// Installed before the page's own script, so nothing from the first paint on is missed.
export function observe() {
  type Entry = { name: string; start: number; duration: number; interactionId?: number }
  const seen: { events: Entry[]; tasks: Entry[] } = { events: [], tasks: [] }
  Object.assign(window, { benchEntries: seen })
  const keep = (into: Entry[]) => (list: PerformanceObserverEntryList) => {
    for (const entry of list.getEntries())
      into.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        ...('interactionId' in entry && typeof entry.interactionId === 'number'
          ? { interactionId: entry.interactionId }
          : {}),
      })
  }
  // The DOM typings lack Event Timing's `durationThreshold`; 16 ms is the smallest it takes.
  const eventOptions: PerformanceObserverInit & { durationThreshold: number } = {
    type: 'event',
    durationThreshold: 16,
    buffered: true,
  }
  new PerformanceObserver(keep(seen.events)).observe(eventOptions)
  const tasks = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
    ? 'long-animation-frame'
    : 'longtask'
  new PerformanceObserver(keep(seen.tasks)).observe({ type: tasks, buffered: true })
}

const entrySchema = z.object({
  name: z.string(),
  start: z.number(),
  duration: z.number(),
  interactionId: z.optional(z.number()),
})
export const entriesSchema = z.object({ events: z.array(entrySchema), tasks: z.array(entrySchema) })
export type Entry = z.infer<typeof entrySchema>

export const loadSchema = z.nullable(
  z.object({
    loadMs: z.number(),
    detail: z.object({ generateMs: z.number(), indexMs: z.number() }),
  }),
)

const countText = /^(All [\d,]+ actors?|Showing [\d,]+ of [\d,]+ actors?)/

/**
 * The count line above the cards. Found by its class, then its text: finding it by text alone
 * reads the text of every element of the page, a main-thread task of 100 to 250 ms at 100,000
 * statements that ran in the measured windows and was counted as the page's own.
 */
export const countLine = (page: Page) =>
  page.locator('.result-count', { hasText: countText }).first()

export async function shownCount(page: Page) {
  return (await countLine(page).textContent()) ?? ''
}

/**
 * Waits until the count line differs from `before`: the page has shown the engine's answer. Gives
 * up after `stepTimeout` with what it waited for, rather than waiting for ever.
 */
export async function changed(page: Page, before: string, after: string) {
  const gaveUp = () =>
    new Error(
      `bench:browser: after ${after}, the count line still said "${before}" after ${stepTimeout / 1000} s.`,
    )
  const line = await countLine(page).elementHandle()
  await page
    .waitForFunction(
      ([element, previous]) => !element.isConnected || element.textContent !== previous,
      [line, before] as const,
      { timeout: stepTimeout, polling: 'raf' },
    )
    .catch(() => {
      throw gaveUp()
    })
  // Had the line been drawn anew, wait for the new one to say something else.
  const deadline = Date.now() + stepTimeout
  while ((await shownCount(page)) === before) {
    if (Date.now() > deadline) throw gaveUp()
    await page.waitForTimeout(20)
  }
  // One more frame, so the paint that shows it is in the Event Timing entries.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))))
}

/** The page's JavaScript heap in use as found, and after a full collection (what it keeps). */
export async function heapMb(page: Page): Promise<{ used: number; kept: number }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024
  }
  const used = await read()
  await cdp.send('HeapProfiler.collectGarbage')
  return { used, kept: await read() }
}
