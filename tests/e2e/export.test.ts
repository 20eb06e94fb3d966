import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import * as z from 'zod'
import { csvObjects } from '../csv-parse'
import { colours as stanceColours } from '../../src/lib/design/tokens'
import { appBrowser, localUrl, saveScreenshot, screenshotDir, viewports } from './browser'

const { open } = appBrowser()

// The JSON export's shape, as a reader of the file relies on it.
const exportJson = z.object({
  meta: z.object({
    dataset: z.string(),
    view: z.string(),
    filters: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    exported: z.iso.datetime(),
    statements: z.number(),
  }),
  statements: z.array(
    z.object({
      statement_id: z.string(),
      actor: z.string(),
      actor_stance: z.string(),
      quotes: z.array(z.string()),
      addressees: z.array(z.string()),
      positions: z.array(
        z.object({
          dimension: z.string(),
          label: z.string(),
          value: z.enum(['takes', 'opposes']),
          party: z.string().nullable(),
        }),
      ),
    }),
  ),
})

/** Today as the reader's browser counts it, the day an export file is named after. */
const today = (page: Page) =>
  page.evaluate(() => {
    const now = new Date()
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((part) => String(part).padStart(2, '0'))
      .join('-')
  })

test('CSV and JSON downloads hold exactly the statements the view shows, named by the view', async () => {
  const { page, context } = await open('/?stance=condemns,urges-halt', {
    acceptDownloads: true,
  })
  const count = page.getByText(/^Showing \d+ of \d+ actors · (\d+) matching statements/)
  await count.waitFor()
  const shown = Number(/· (\d+) matching/.exec((await count.textContent()) ?? '')?.[1])
  expect(shown).toBe(6)
  const day = await today(page)

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  expect(csvDownload.suggestedFilename()).toBe(
    `reactions_karabakh-2023_condemns-urges-halt_${day}.csv`,
  )
  const csv = readFileSync(await csvDownload.path(), 'utf8')
  expect(csv.startsWith('\uFEFFstatement_id,actor,actor_id,')).toBe(true)
  const records = csvObjects(csv)
  expect(records).toHaveLength(shown)
  const blinken = records.find((record) => record.statement_id === 'us-blinken-calls')
  expect(blinken).toMatchObject({
    actor: 'United States',
    actor_stance: 'urges-halt',
    addressees: 'Azerbaijan',
    quote_1: 'immediately cease military actions',
    positions: 'End to the fighting',
    event_id: 'karabakh-2023',
    event_initiator: 'Azerbaijan',
    stance_label_event: 'Urges Azerbaijan to halt',
    cameo_code: '0256',
    filters: 'stance=condemns,urges-halt',
  })
  // A paraphrase has no quote; every line states the same filters.
  expect(records.find((record) => record.text_kind === 'paraphrase')?.quote_1).toBe('')
  expect(new Set(records.map((record) => record.filters))).toEqual(
    new Set(['stance=condemns,urges-halt']),
  )

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ])
  expect(jsonDownload.suggestedFilename()).toBe(
    `reactions_karabakh-2023_condemns-urges-halt_${day}.json`,
  )
  const json = exportJson.parse(JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')))
  expect(json.statements).toHaveLength(shown)
  expect(new Set(json.statements.map((row) => row.actor))).toEqual(
    new Set(['United States', 'European Union', 'France', 'Germany', 'Armenia']),
  )
  expect(json.meta.view).toContain('stance=condemns,urges-halt')
  expect(json.meta.filters).toEqual({ stance: ['condemns', 'urges-halt'] })
  expect(
    json.statements.find((row) => row.statement_id === 'us-support-for-armenia'),
  ).toMatchObject({
    quotes: [],
    positions: [
      { dimension: 'backs-party', label: 'Backs Armenia', value: 'takes', party: 'armenia' },
    ],
    addressees: ['Armenia'],
  })
  await expect
    .poll(() =>
      page
        .getByText(
          `Downloaded ${shown} statements as reactions_karabakh-2023_condemns-urges-halt_${day}.json.`,
        )
        .isVisible(),
    )
    .toBe(true)

  // Another view, another name.
  await page.goto(localUrl('/?kind=state'))
  await page.getByText(/^Showing \d+ of \d+ actors/).waitFor()
  const [stateDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  expect(stateDownload.suggestedFilename()).toBe(`reactions_karabakh-2023_state_${day}.csv`)
  await context.close()
})

test('an empty view offers nothing to download', async () => {
  const { page, context } = await open('/?from=2023-09-21', {
    acceptDownloads: true,
  })
  await page.getByRole('button', { name: 'Clear all filters' }).waitFor()
  const button = page.getByRole('button', { name: 'Download CSV' })
  expect(await button.getAttribute('aria-disabled')).toBe('true')
  let downloaded = false
  page.on('download', () => {
    downloaded = true
  })
  // Playwright refuses to click what is aria-disabled; a keyboard reader can still press it.
  await button.focus()
  await page.keyboard.press('Enter')
  await page
    .getByRole('status')
    .filter({ hasText: 'Nothing to download: no statement matches these filters.' })
    .waitFor()
  expect(downloaded).toBe(false)
  await context.close()
})

test('a statement cites at its own link, in two references, and downloads as RIS and CSL-JSON', async () => {
  const { page, context, errors } = await open('/?stance=condemns', {
    acceptDownloads: true,
    viewport: viewports.desktop,
  })
  const armenia = page.getByRole('article', { name: 'Armenia' })
  await armenia.getByRole('button', { name: /Show the statement/ }).click()
  await armenia.getByRole('button', { name: 'Cite this statement' }).click()
  const dialog = page.getByRole('dialog', { name: 'Cite: Statement by Armenia' })
  await dialog.waitFor()
  // The styles show once citeproc, in a worker, has formatted them.
  const apa = dialog.getByRole('region', { name: 'APA Style 7th edition' })
  await apa.waitFor()
  expect(await apa.locator('pre').allTextContents()).toHaveLength(2)
  expect(await apa.locator('pre').nth(1).textContent()).toMatch(
    /\/\?statement=armenia-condemns-aggression&version=[\w.-]+$/,
  )
  await saveScreenshot(page, 'cite-statement')
  const day = await today(page)
  for (const [style, extension, start] of [
    ['RIS', 'ris', 'TY  - NEWS'],
    ['CSL-JSON', 'json', '['],
  ] as const) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: `Download ${style} file (.${extension})` }).click(),
    ])
    expect(file.suggestedFilename()).toBe(
      `reactions_karabakh-2023_citation_armenia-condemns-aggression_${day}.${extension}`,
    )
    const text = readFileSync(await file.path(), 'utf8')
    expect(text.startsWith(start)).toBe(true)
    expect(text).toContain('statement=armenia-condemns-aggression')
  }
  expect(errors).toEqual([])
  await context.close()
})

test('printing hides the navigation chrome and keeps the cards and the source', async () => {
  const { page, context } = await open('/?stance=condemns', {
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

/** Opens the view with downloads allowed, once the chart named `title` is on the page. */
async function openChart(path: string, title: string, options: BrowserContextOptions) {
  const opened = await open(path, { acceptDownloads: true, ...options })
  await opened.page.getByRole('figure', { name: title }).waitFor()
  return opened
}

/** Clicks a chart's download button; returns the file's name, its bytes, and a copy to look at. */
async function downloadChart(page: Page, title: string, format: 'PNG' | 'SVG', keepAs: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${format} image of ${title}` }).click(),
  ])
  const path = await download.path()
  mkdirSync(screenshotDir, { recursive: true })
  copyFileSync(path, join(screenshotDir, `${keepAs}.${format.toLowerCase()}`))
  return { name: download.suggestedFilename(), bytes: readFileSync(path) }
}

/** The PNG's size in pixels, from its header. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

const svgSize = (svg: string) => ({
  width: Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]),
  height: Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]),
})

/** How many of the PNG's pixels are exactly each colour, counted by the browser from the file. */
function countColours(page: Page, png: Buffer, colours: string[]) {
  return page.evaluate(
    async ({ data, colours }) => {
      const image = new Image()
      image.src = `data:image/png;base64,${data}`
      await image.decode()
      const canvas = new OffscreenCanvas(image.width, image.height)
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      const pixels = context.getImageData(0, 0, image.width, image.height).data
      const counts = Object.fromEntries(colours.map((colour) => [colour, 0]))
      for (let index = 0; index < pixels.length; index += 4) {
        const hex = `#${[0, 1, 2].map((offset) => pixels[index + offset]!.toString(16).padStart(2, '0')).join('')}`
        if (hex in counts) counts[hex]! += 1
      }
      return counts
    },
    { data: png.toString('base64'), colours },
  )
}

test('a chart downloads as an SVG with its title, filters, legend and source, and as a PNG at twice the size', async () => {
  const title = 'How many take each stance'
  const { page, context, errors } = await openChart('/?stance=condemns,urges-halt', title, {
    viewport: viewports.desktop,
    colorScheme: 'light',
  })

  const svgFile = await downloadChart(page, title, 'SVG', 'export-distribution-light')
  expect(svgFile.name).toMatch(/^reactions-karabakh-2023-.+-distribution\.svg$/)
  const svg = svgFile.bytes.toString('utf8')
  expect(svg).toContain(`<title id="chart-title">${title}</title>`)
  expect(svg).toContain('Filtered: Stance: Condemns the operation or Urges Azerbaijan to halt')
  expect(svg).toContain('Actors (filled bars)')
  expect(svg).toContain('Statements (outlined bars)')
  expect(svg).toContain('Source: Daily Sabah via Azerbaijan in Focus')
  await expect
    .poll(() =>
      page.getByText(/^Downloaded as SVG, \d+ × \d+ pixels: How many take each stance/).isVisible(),
    )
    .toBe(true)

  const pngFile = await downloadChart(page, title, 'PNG', 'export-distribution-light')
  expect(pngFile.name).toMatch(/^reactions-karabakh-2023-.+-distribution\.png$/)
  const size = svgSize(svg)
  expect(size.width).toBeGreaterThan(600)
  expect(pngSize(pngFile.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 })
  // The bars are drawn in the stance colours the filters leave, and no others.
  const { light: condemns } = stanceColours['stance-condemns']
  const { light: urgesHalt } = stanceColours['stance-urges-halt']
  const { light: supports } = stanceColours['stance-supports']
  const colours = await countColours(page, pngFile.bytes, [
    condemns,
    urgesHalt,
    supports,
    '#ffffff',
  ])
  expect(colours[condemns]).toBeGreaterThan(2000)
  expect(colours[urgesHalt]).toBeGreaterThan(500)
  expect(colours[supports]).toBe(0)
  expect(colours['#ffffff']).toBeGreaterThan(size.width * size.height)
  expect(errors).toEqual([])
  await context.close()
})

test('in the dark theme the spectrum downloads dark, with the flags inside the file', async () => {
  const title = 'Where each actor stands'
  const { page, context, errors } = await openChart('/?kind=state', title, {
    viewport: viewports.phone,
    colorScheme: 'dark',
  })
  const svg = (await downloadChart(page, title, 'SVG', 'export-spectrum-dark')).bytes.toString(
    'utf8',
  )
  expect(svg).toContain(`<title id="chart-title">${title}</title>`)
  expect(svg).toContain('fill="#1e2125"')
  // US, France, Germany, Türkiye, Russia and Armenia, each flag carried as data.
  expect(svg.match(/<image href="data:image\/svg\+xml/g)).toHaveLength(6)
  const png = (await downloadChart(page, title, 'PNG', 'export-spectrum-dark')).bytes
  const colours = await countColours(page, png, ['#1e2125', '#0033a0', '#ffffff'])
  const size = pngSize(png)
  expect(colours['#1e2125']).toBeGreaterThan((size.width * size.height) / 2)
  // Armenia's flag has a blue band.
  expect(colours['#0033a0']).toBeGreaterThan(100)
  expect(errors).toEqual([])
  await context.close()
})
